package org.happystation.kiosk.base;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.logging.Logger;

/** One clock for the server, in the stations' time zone, so that services can be tested at any time. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    StationSettings settings;

    @Produces
    @ApplicationScoped
    Clock clock() {
        var system = Clock.system(STATION_ZONE);
        return settings.clockStart()
                .map(start -> {
                    LOG.warning(() -> "The server's clock starts at " + start + " (STATION_CLOCK_START), not now.");
                    return Clock.offset(system, Duration.between(system.instant(), start.atZone(STATION_ZONE)));
                })
                .orElse(system);
    }
}
