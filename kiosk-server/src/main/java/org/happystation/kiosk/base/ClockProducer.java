package org.happystation.kiosk.base;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the server, in the stations' time zone, so that services can be tested at any time. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(STATION_ZONE);
    }
}
