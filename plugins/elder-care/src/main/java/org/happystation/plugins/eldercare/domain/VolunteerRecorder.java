package org.happystation.plugins.eldercare.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.VolunteerWork;
import org.happystation.plugin.api.VolunteerWork.ServiceGiven;

/**
 * Records the service a volunteer gave for a completed booking in the station's volunteer records, under the
 * key {@code eldercare-<bookingId>} so that completing twice records once. The record names the service and
 * time, never the elder: volunteer records are read by the volunteer and by managers.
 */
public final class VolunteerRecorder {

    /** Outcomes kept on the booking. */
    public static final String RECORDED = "recorded";

    public static final String IN_REVIEW = "review";
    public static final String UNAVAILABLE = "unavailable";
    public static final String REFUSED = "refused";

    /** What became of the record: one of the outcomes above (empty without a volunteer), minutes and points. */
    public record Outcome(String kind, int minutes, long points) {

        static Outcome none() {
            return new Outcome("", 0, 0);
        }
    }

    private final VolunteerWork volunteerWork;
    private final ZoneId zone;

    public VolunteerRecorder(VolunteerWork volunteerWork, ZoneId zone) {
        this.volunteerWork = volunteerWork;
        this.zone = zone;
    }

    /** Records the booking's service for its volunteer; never throws, says what happened instead. */
    public Outcome record(CareBooking booking, String serviceName) {
        if (!volunteerWork.available()) {
            return new Outcome(UNAVAILABLE, 0, 0);
        }
        var volunteer = new ResidentInfo(booking.volunteerId(), booking.volunteerName(), booking.volunteerBirthYear());
        String when = LocalDateTime.ofInstant(booking.startsAt(), zone)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        var service = new ServiceGiven(
                volunteer,
                VolunteerWork.ServiceKind.ELDER_CARE,
                "养老助养：" + serviceName,
                serviceName + "，" + when + (booking.atHome() ? "，上门服务" : "，在站点服务"),
                booking.startsAt(),
                booking.endsAt(),
                true,
                "eldercare-" + booking.id());
        try {
            VolunteerWork.Recorded recorded = volunteerWork.record(service);
            return new Outcome(recorded.approved() ? RECORDED : IN_REVIEW, recorded.minutes(), recorded.points());
        } catch (IllegalArgumentException notAccepted) {
            return new Outcome(REFUSED, 0, 0);
        } catch (IllegalStateException unavailable) {
            return new Outcome(UNAVAILABLE, 0, 0);
        }
    }
}
