package org.happystation.points.checkin;

import java.util.Optional;
import org.happystation.points.activities.Activity;
import org.happystation.points.records.ServiceRecord;

/** What a scan did: checked the volunteer in, or out with the service record it made. */
public record CheckinOutcome(Kind kind, Activity activity, Attendance attendance, Optional<ServiceRecord> record) {

    public enum Kind {
        CHECKED_IN,
        CHECKED_OUT
    }
}
