package org.happystation.plugin.api;

import java.time.LocalDate;

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

    /**
     * Since 1.1.0: the next number of the named counter for {@code day}, starting at 1 for each day, for
     * numbers handed out ahead of their day (an order placed on Monday for Wednesday's lunch gets a
     * number of Wednesday's counter). Days before today are refused.
     */
    long next(String name, LocalDate day);
}
