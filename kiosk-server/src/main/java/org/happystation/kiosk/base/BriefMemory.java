package org.happystation.kiosk.base;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers looked-up values for a short time, for questions asked on every request (who is this
 * caller, whose token is this). Forgetting at once is up to the owner; other nodes of a cluster forget
 * when the time is up. Expired entries are swept when the memory grows past its limit.
 */
public final class BriefMemory<K, V> {

    private record Entry<V>(V value, long until) {}

    private static final int SWEEP_ABOVE = 10_000;

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long lifetimeNanos;

    public BriefMemory(Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** The remembered value, or a freshly loaded one (which must not be null). */
    public V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        var known = entries.get(key);
        if (known != null && now - known.until() < 0) {
            return known.value();
        }
        V value = load.apply(key);
        if (entries.size() > SWEEP_ABOVE) {
            entries.values().removeIf(entry -> now - entry.until() >= 0);
        }
        entries.put(key, new Entry<>(value, now + lifetimeNanos));
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
    }

    public void forgetAll() {
        entries.clear();
    }
}
