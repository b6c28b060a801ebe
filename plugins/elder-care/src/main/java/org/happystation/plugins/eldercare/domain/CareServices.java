package org.happystation.plugins.eldercare.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;

/**
 * The station's services in the plugin's records. A station with none gets the {@link DefaultServices} on
 * first use; should two kiosks seed at once, the oldest record of each key wins and the other is ignored.
 */
public final class CareServices {

    private static final int MAX_SERVICES = 500;

    private final RecordStore records;

    public CareServices(RecordStore records) {
        this.records = records;
    }

    /** Every service, retired ones too, in the order they were created. */
    public List<CareService> all() {
        List<RecordStore.StoredRecord> stored = records.list(CareService.COLLECTION, MAX_SERVICES);
        if (stored.isEmpty()) {
            DefaultServices.all().forEach(service -> records.insert(CareService.COLLECTION, service.toJson()));
            stored = records.list(CareService.COLLECTION, MAX_SERVICES);
        }
        var byKey = new LinkedHashMap<String, CareService>();
        for (var record : stored) {
            CareService service = CareService.fromJson(record.id(), record.version(), record.json());
            byKey.putIfAbsent(service.key(), service);
        }
        return List.copyOf(byKey.values());
    }

    /** The services that take bookings. */
    public List<CareService> active() {
        return all().stream().filter(service -> !service.retired()).toList();
    }

    public Optional<CareService> find(String key) {
        return all().stream().filter(service -> service.key().equals(key)).findFirst();
    }

    /** Stores a new service under a fresh key ({@code service-7}) and returns it. */
    public CareService create(CareService draft) {
        List<String> keys = new ArrayList<>(all().stream().map(CareService::key).toList());
        int number = keys.size() + 1;
        while (keys.contains("service-" + number)) {
            number++;
        }
        CareService fresh = draft.withKey("service-" + number);
        var stored = records.insert(CareService.COLLECTION, fresh.toJson());
        return CareService.fromJson(stored.id(), stored.version(), stored.json());
    }

    /**
     * Saves a service read at its version.
     *
     * @throws ElderCareException when someone changed it meanwhile; nothing is saved
     */
    public CareService save(CareService service) {
        try {
            var stored = records.update(CareService.COLLECTION, service.id(), service.version(), service.toJson());
            return CareService.fromJson(stored.id(), stored.version(), stored.json());
        } catch (ConcurrentChangeException changed) {
            throw new ElderCareException("service.changed-meanwhile", service.nameZh());
        }
    }
}
