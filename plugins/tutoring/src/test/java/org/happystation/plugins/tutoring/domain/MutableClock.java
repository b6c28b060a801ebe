package org.happystation.plugins.tutoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The station's clock in Asia/Shanghai, set by the test. */
public final class MutableClock extends Clock {

    public static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    private Instant now;

    public MutableClock(LocalDateTime stationTime) {
        set(stationTime);
    }

    /** Moves the clock to a station time. */
    public void set(LocalDateTime stationTime) {
        now = stationTime.atZone(STATION).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return STATION;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
