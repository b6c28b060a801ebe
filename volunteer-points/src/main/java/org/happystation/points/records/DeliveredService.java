package org.happystation.points.records;

import java.time.Instant;
import java.util.Objects;
import org.happystation.points.activities.Category;
import org.happystation.points.base.StationRef;

/**
 * Service a volunteer gave through one of the station's services, such as a home visit or a tutoring
 * session, as the station server reports it. The record is written once per {@code sourceKey}.
 *
 * @param confirmed true when staff, or the station's kiosk at the time, confirm the service was given; the
 *     record is then approved at once when it keeps the rules; otherwise a manager reviews it
 */
public record DeliveredService(
        long volunteerId,
        StationRef station,
        String activityName,
        Category category,
        String place,
        String content,
        String organiser,
        Instant start,
        Instant end,
        boolean confirmed,
        String sourceKey) {

    public DeliveredService {
        Objects.requireNonNull(station, "station");
        if (activityName == null || activityName.isBlank() || content == null || place == null || organiser == null) {
            throw new IllegalArgumentException("Delivered service names its activity, content, place and organiser.");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("Delivered service ends after it starts.");
        }
        if (sourceKey == null || sourceKey.isBlank() || sourceKey.length() > 200) {
            throw new IllegalArgumentException("Delivered service has a key of at most 200 characters.");
        }
    }
}
