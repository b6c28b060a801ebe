package org.happystation.plugins.tutoring.domain;

/**
 * How full a class is now.
 *
 * @param booked children with a place
 * @param waiting children on the waitlist
 */
public record Occupancy(int capacity, int booked, int waiting) {

    /** Places still free. */
    public int free() {
        return Math.max(0, capacity - booked);
    }
}
