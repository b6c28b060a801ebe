package org.happystation.plugins.canteen.domain;

import java.time.LocalTime;

/**
 * One sitting of a meal: the hour residents eat in the dining room (and, for delivery, the hour meals
 * leave the kitchen).
 */
public record Sitting(LocalTime start, LocalTime end) {

    /** For screens, for example {@code 11:00-12:00}. */
    public String label() {
        return start + "-" + end;
    }
}
