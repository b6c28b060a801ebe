package org.happystation.kiosk.volunteering;

import java.time.Clock;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;
import org.happystation.plugin.api.VolunteerWork;
import org.happystation.points.activities.Category;
import org.happystation.points.base.StationRef;
import org.happystation.points.records.DeliveredService;
import org.happystation.points.records.RecordService;
import org.happystation.points.records.RecordStatus;
import org.happystation.points.records.ServiceRecord;
import org.happystation.points.volunteers.Volunteer;

/**
 * The plugin API's volunteer work on the volunteer module's records, for one plugin at one station: the
 * volunteer is the station's resident who registered with the same mobile number ({@link ResidentWallets}),
 * and the plugin's key, prefixed with its id, makes each service recorded once.
 */
public record VolunteerRecords(
        String pluginId, StationInfo station, ResidentWallets residentWallets, RecordService records, Clock clock)
        implements VolunteerWork {

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean isVolunteer(ResidentInfo resident) {
        return activeVolunteer(resident) != null;
    }

    @Override
    public Recorded record(ServiceGiven service) {
        var volunteer = activeVolunteer(service.volunteer());
        if (volunteer == null) {
            throw new IllegalArgumentException(
                    service.volunteer().name() + " is not an active volunteer of station " + station.code() + ".");
        }
        if (service.end().isAfter(clock.instant())) {
            throw new IllegalArgumentException("Service is recorded once it has ended.");
        }
        var delivered = new DeliveredService(
                volunteer.id().value(),
                new StationRef(station.id()),
                service.activity(),
                categoryOf(service.kind()),
                station.name(),
                service.content(),
                station.name(),
                service.start(),
                service.end(),
                service.confirmedByStaff(),
                "plugin-" + pluginId + "-" + service.idempotencyKey());
        ServiceRecord record;
        try {
            record = records.recordDelivered(delivered);
        } catch (RuntimeException twoAtOnce) {
            // A double touch on two threads: the key's unique index refused the second record. Asked
            // again, the module finds the first one; any other failure fails again and is thrown.
            record = records.recordDelivered(delivered);
        }
        return new Recorded(record.minutes(), record.points(), record.status() == RecordStatus.APPROVED);
    }

    private Volunteer activeVolunteer(ResidentInfo resident) {
        return residentWallets
                .volunteerAt(new ResidentId(resident.id()), station.id())
                .filter(Volunteer::active)
                .orElse(null);
    }

    private static Category categoryOf(ServiceKind kind) {
        return switch (kind) {
            case ELDER_CARE -> Category.ELDER_CARE;
            case HEALTH -> Category.HEALTH;
            case TUTORING -> Category.TUTORING;
            case CANTEEN -> Category.CANTEEN;
            case OTHER -> Category.OTHER;
        };
    }
}
