package org.happystation.plugins.eldercare.domain;

import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;

/** The elders' care profiles in the plugin's records, one per resident. */
public final class CareProfiles {

    private static final int MAX_ADDRESS = 200;
    private static final int MAX_NOTES = 500;

    private final RecordStore records;

    public CareProfiles(RecordStore records) {
        this.records = records;
    }

    /** The stored profile of a resident. */
    public Optional<CareProfile> find(long residentId) {
        return records.findBy(CareProfile.COLLECTION, "residentId", String.valueOf(residentId)).stream()
                .findFirst()
                .map(stored -> CareProfile.fromJson(stored.id(), stored.version(), stored.json()));
    }

    /** The stored profile, or the empty one of an elder nobody described (自理, no address). */
    public CareProfile of(long residentId, String residentName) {
        return find(residentId).orElse(CareProfile.none(residentId, residentName));
    }

    /**
     * Saves a profile read at its version (a new one when it has no id yet).
     *
     * @throws ElderCareException when a text is too long, or someone saved the profile meanwhile; nothing
     *     is saved
     */
    public CareProfile save(CareProfile profile) {
        if (profile.address().length() > MAX_ADDRESS) {
            throw new ElderCareException("profile.address-too-long", MAX_ADDRESS);
        }
        if (profile.notes().length() > MAX_NOTES) {
            throw new ElderCareException("profile.notes-too-long", MAX_NOTES);
        }
        try {
            RecordStore.StoredRecord stored;
            if (profile.id().isEmpty()) {
                if (find(profile.residentId()).isPresent()) {
                    throw new ConcurrentChangeException("A profile was created meanwhile.");
                }
                stored = records.insert(CareProfile.COLLECTION, profile.toJson());
            } else {
                stored = records.update(CareProfile.COLLECTION, profile.id(), profile.version(), profile.toJson());
            }
            return CareProfile.fromJson(stored.id(), stored.version(), stored.json());
        } catch (ConcurrentChangeException changed) {
            throw new ElderCareException("profile.changed-meanwhile", profile.residentName());
        }
    }
}
