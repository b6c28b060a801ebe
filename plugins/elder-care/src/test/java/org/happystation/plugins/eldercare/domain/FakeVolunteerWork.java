package org.happystation.plugins.eldercare.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.happystation.plugin.api.VolunteerWork;

/**
 * Volunteer records as the host keeps them: only active volunteers, never a service that ends in the future,
 * one record per key, 1 point per hour (rounded down to whole points) and approved when confirmed by staff.
 */
final class FakeVolunteerWork implements VolunteerWork {

    final Map<String, ServiceGiven> recorded = new LinkedHashMap<>();
    private final Set<Long> volunteers;
    private final Clock clock;

    FakeVolunteerWork(Set<Long> volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean isVolunteer(org.happystation.plugin.api.ResidentInfo resident) {
        return volunteers.contains(resident.id());
    }

    @Override
    public Recorded record(ServiceGiven service) {
        if (!isVolunteer(service.volunteer()) || service.end().isAfter(clock.instant())) {
            throw new IllegalArgumentException("Not an active volunteer, or the service has not ended.");
        }
        recorded.putIfAbsent(service.idempotencyKey(), service);
        ServiceGiven first = recorded.get(service.idempotencyKey());
        int minutes =
                (int) java.time.Duration.between(first.start(), first.end()).toMinutes();
        return new Recorded(minutes, minutes / 60, first.confirmedByStaff());
    }
}
