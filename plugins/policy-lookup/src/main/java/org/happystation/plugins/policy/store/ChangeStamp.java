package org.happystation.plugins.policy.store;

import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * One record per station whose version counts the changes to the station's entries. Every server of the
 * cluster compares it with the version its index was built at, so an edit made on one server reaches the
 * kiosks of all. Its existence also says that the sample set was offered once, so removing the samples
 * does not bring them back.
 */
final class ChangeStamp {

    static final String COLLECTION = "policy-stamp";
    private static final int ATTEMPTS = 5;

    private final RecordStore records;

    ChangeStamp(RecordStore records) {
        this.records = records;
    }

    /** The number of changes so far; 0 at a station that never had entries. */
    long current() {
        return records.list(COLLECTION, 1).stream()
                .mapToLong(StoredRecord::version)
                .findFirst()
                .orElse(0);
    }

    boolean exists() {
        return !records.list(COLLECTION, 1).isEmpty();
    }

    /** Counts one more change; concurrent counts both count, in any order. */
    void bump() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stamp = records.list(COLLECTION, 1);
            if (stamp.isEmpty()) {
                records.insert(COLLECTION, "{\"seeded\":true}");
                return;
            }
            try {
                records.update(COLLECTION, stamp.get(0).id(), stamp.get(0).version(), "{\"seeded\":true}");
                return;
            } catch (ConcurrentChangeException raced) {
                // Another server counted a change at the same moment; the stamp moved either way, count ours on top.
            }
        }
    }
}
