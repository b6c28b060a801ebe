package org.happystation.kiosk.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Limits failed sign-ins, per account (or resident) and per kiosk (or client address), so that a PIN or
 * password cannot be guessed. Counters live in an Infinispan cache with expiry, shared by the nodes of a
 * city cluster; each failure restarts the window.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures allowed for one account or resident within the window. */
    public static final int PER_ACCOUNT = 5;
    /** Failures allowed from one kiosk or client address within the window (several people use a kiosk). */
    public static final int PER_DEVICE = 20;

    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Resource(lookup = "java:jboss/infinispan/cache/station/sign-in-failures")
    Cache<String, Integer> failures;

    /** Whether sign-in is refused for now, before even checking the secret. */
    public boolean blocked(String account, String device) {
        return count("account:" + account) >= PER_ACCOUNT || count("device:" + device) >= PER_DEVICE;
    }

    /**
     * Whether a kiosk or address is refused for now whoever signs in: for credentials that name no account
     * before they are checked, such as a resident card.
     */
    public boolean deviceBlocked(String device) {
        return count("device:" + device) >= PER_DEVICE;
    }

    /** A failure that belongs to no account (an unknown card): it counts for the kiosk or address only. */
    public void failedOnDevice(String device) {
        increment("device:" + device);
    }

    public void failed(String account, String device) {
        increment("account:" + account);
        increment("device:" + device);
    }

    /** A successful sign-in forgets the account's failures; the device's stay, as others may be guessing. */
    public void succeeded(String account) {
        failures.remove("account:" + account);
    }

    /** Failures counted for an account in the current window. */
    public int failuresOf(String account) {
        return count("account:" + account);
    }

    private int count(String key) {
        Integer count = failures.get(key);
        return count == null ? 0 : count;
    }

    private void increment(String key) {
        failures.compute(key, (k, old) -> old == null ? 1 : old + 1, WINDOW.toMillis(), TimeUnit.MILLISECONDS);
    }
}
