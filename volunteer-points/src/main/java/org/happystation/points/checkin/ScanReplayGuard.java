package org.happystation.points.checkin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The fast half of "each (volunteer, code) once": a cluster-shared cache entry per accepted pair, kept
 * a little longer than a code lives. A replay that gets past it (another node before replication, a
 * restarted server) still meets the unique key of {@code accepted_scan}.
 */
@ApplicationScoped
public class ScanReplayGuard {

    @Resource(lookup = "java:jboss/infinispan/cache/station/checkin-scans")
    Cache<String, Boolean> accepted;

    /** True for the first caller with this pair, false for every later one while the entry lives. */
    public boolean firstUse(long volunteerId, String code) {
        return accepted.putIfAbsent(volunteerId + "|" + code, Boolean.TRUE, 5, TimeUnit.MINUTES) == null;
    }

    /** Lets the pair through again when the scan it guarded was refused for another reason and nothing was written. */
    public void release(long volunteerId, String code) {
        accepted.remove(volunteerId + "|" + code);
    }
}
