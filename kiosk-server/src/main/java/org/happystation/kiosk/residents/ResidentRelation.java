package org.happystation.kiosk.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** "relative is the resident's <relation>", for example 王秀兰's 女儿 (daughter) 李娜. */
@Entity
@Table(name = "resident_relation")
@IdClass(ResidentRelation.Key.class)
class ResidentRelation {

    static class Key implements Serializable {
        long residentId;
        long relativeId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.residentId == residentId && k.relativeId == relativeId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(residentId, relativeId);
        }
    }

    @Id
    @Column(name = "resident_id")
    private long residentId;

    @Id
    @Column(name = "relative_id")
    private long relativeId;

    @Column(nullable = false)
    private String relation;

    protected ResidentRelation() {}

    ResidentRelation(ResidentId resident, ResidentId relative, String relation) {
        if (resident.equals(relative)) {
            throw new IllegalArgumentException("A resident cannot be their own relative.");
        }
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("Say how they are related, for example 女儿 (daughter).");
        }
        this.residentId = resident.value();
        this.relativeId = relative.value();
        this.relation = relation.trim();
    }

    long relativeId() {
        return relativeId;
    }

    String relation() {
        return relation;
    }
}
