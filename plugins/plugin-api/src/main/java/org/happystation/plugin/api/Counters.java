package org.happystation.plugin.api;

/**
 * Numbers that count up per station and day, such as pick-up numbers at the canteen or queue numbers at
 * the clinic. Each call gives a number no other call gets, on any server of the city's cluster.
 */
public interface Counters {

    /**
     * The next number of the named counter for today at the station, starting at 1 each day (in the
     * station's time zone).
     *
     * @param name lower-case letters, digits, dots and dashes, for example {@code pickup}
     */
    long next(String name);
}
