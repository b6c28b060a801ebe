package org.happystation.plugins.tutoring.domain;

import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.StoredRecord;
import org.happystation.plugin.api.ResidentInfo;

/** The children's profiles at the station, one per child. */
public final class ChildProfiles {

    private final RecordStore records;

    public ChildProfiles(RecordStore records) {
        this.records = records;
    }

    public Optional<ChildProfile> of(long childId) {
        return records.findBy(ChildProfile.COLLECTION, "childId", String.valueOf(childId)).stream()
                .findFirst()
                .map(ChildProfile::from);
    }

    /**
     * Keeps what the parent gave for the child: a new profile, or the changed one. Bad input throws before
     * anything is stored.
     */
    public ChildProfile save(ResidentInfo guardian, ResidentInfo child, int grade, String school, String phone) {
        Optional<ChildProfile> known = of(child.id());
        var profile = new ChildProfile(
                known.map(ChildProfile::id).orElse(""),
                known.map(ChildProfile::version).orElse(0L),
                child.id(),
                child.name(),
                grade,
                school,
                phone,
                guardian.id());
        StoredRecord stored = known.isEmpty()
                ? records.insert(ChildProfile.COLLECTION, profile.toJson())
                : records.update(ChildProfile.COLLECTION, profile.id(), profile.version(), profile.toJson());
        return ChildProfile.from(stored);
    }
}
