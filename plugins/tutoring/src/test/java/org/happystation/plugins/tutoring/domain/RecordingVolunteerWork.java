package org.happystation.plugins.tutoring.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.VolunteerWork;

/**
 * Volunteer records as the host keeps them, for tests: the given residents are volunteers, a key records
 * once (a second call returns the first outcome), a service may not end after now, 1 hour gives 1 point,
 * and only service a staff member confirms is approved at once.
 */
public final class RecordingVolunteerWork implements VolunteerWork {

    private final Set<Long> volunteers;
    private final Clock clock;
    private final Map<String, Recorded> byKey = new LinkedHashMap<>();
    private final List<ServiceGiven> recorded = new ArrayList<>();

    public RecordingVolunteerWork(Clock clock, long... volunteerIds) {
        this.clock = clock;
        this.volunteers = java.util.Arrays.stream(volunteerIds).boxed().collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean isVolunteer(ResidentInfo resident) {
        return volunteers.contains(resident.id());
    }

    @Override
    public synchronized Recorded record(ServiceGiven service) {
        if (!isVolunteer(service.volunteer())) {
            throw new IllegalArgumentException(service.volunteer().name() + " is not an active volunteer.");
        }
        if (service.end().isBefore(service.start()) || service.end().isAfter(clock.instant())) {
            throw new IllegalArgumentException("Service is recorded once it has ended.");
        }
        return byKey.computeIfAbsent(service.idempotencyKey(), key -> {
            recorded.add(service);
            int minutes = (int)
                    java.time.Duration.between(service.start(), service.end()).toMinutes();
            return new Recorded(minutes, minutes / 60, service.confirmedByStaff());
        });
    }

    /** Every service recorded, once per key. */
    public synchronized List<ServiceGiven> recorded() {
        return List.copyOf(recorded);
    }
}
