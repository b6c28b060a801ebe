package org.happystation.plugins.policy.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.search.PolicyIndex;

/**
 * One search index per station, shared by every kiosk of the station that this server serves. An index is
 * rebuilt when the station's change count moved or the day changed (entries expire by date).
 */
public final class StationIndexes {

    private static final StationIndexes SHARED = new StationIndexes();

    private record Cached(long changeCount, LocalDate day, PolicyIndex index) {}

    private final Map<Long, Cached> byStation = new ConcurrentHashMap<>();

    /** The cache of this plugin class loader, shared by all its extensions. */
    public static StationIndexes shared() {
        return SHARED;
    }

    /** The station's index of what residents may see today, built from {@code published} when stale. */
    public PolicyIndex index(long stationId, long changeCount, LocalDate today, Supplier<List<Policy>> published) {
        return byStation
                .compute(
                        stationId,
                        (id, cached) -> cached != null
                                        && cached.changeCount() == changeCount
                                        && cached.day().equals(today)
                                ? cached
                                : new Cached(
                                        changeCount,
                                        today,
                                        PolicyIndex.of(published.get().stream()
                                                .filter(p -> p.visibleOn(today))
                                                .toList())))
                .index();
    }
}
