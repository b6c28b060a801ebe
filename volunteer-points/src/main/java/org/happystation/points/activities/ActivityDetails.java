package org.happystation.points.activities;

import java.util.Objects;

/** What a manager fills in for an activity; checked whole before anything is stored. */
public record ActivityDetails(
        String title,
        Category category,
        String place,
        String content,
        String organiser,
        String leader,
        Schedule schedule,
        int capacity,
        PointsRule rule) {

    public ActivityDetails {
        title = required(title, "An activity needs a title.", 120);
        Objects.requireNonNull(category, "An activity needs a category.");
        place = required(place, "Say where the activity takes place.", 200);
        content = required(content, "Say what volunteers do.", 500);
        organiser = required(organiser, "Name the organiser.", 120);
        leader = required(leader, "Name the activity leader.", 80);
        Objects.requireNonNull(schedule, "An activity needs a schedule.");
        if (capacity < 1 || capacity > 10_000) {
            throw new IllegalArgumentException("Capacity is between 1 and 10,000 volunteers.");
        }
        rule = rule == null ? PointsRule.DEFAULT : rule;
    }

    private static String required(String value, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(message + " (at most " + max + " characters)");
        }
        return value.strip();
    }
}
