package org.happystation.plugins.tutoring.domain;

import org.happystation.plugin.api.ResidentInfo;

/**
 * A volunteer who teaches: a resident of the station whom the manager added as a tutor.
 *
 * @param residentId the host's id of the resident; 0 for {@link #NONE}
 * @param name the resident's name, as it was when added
 * @param birthYear as the host gave it, to hand the resident back to the host's volunteer records
 */
public record Tutor(long residentId, String name, int birthYear) {

    /** No tutor yet (待定). */
    public static final Tutor NONE = new Tutor(0, "", 0);

    public Tutor {
        name = name == null ? "" : name;
    }

    /** The tutor as the host knows residents. */
    public static Tutor of(ResidentInfo resident) {
        return new Tutor(resident.id(), resident.name(), resident.birthYear());
    }

    /** The resident, for the host's services. */
    public ResidentInfo resident() {
        return new ResidentInfo(residentId, name, birthYear);
    }
}
