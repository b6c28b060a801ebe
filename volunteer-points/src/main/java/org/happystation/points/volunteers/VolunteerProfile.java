package org.happystation.points.volunteers;

import java.util.List;
import java.util.Objects;

/**
 * What a volunteer tells the station when registering, checked before anything is stored. Sex and date
 * of birth come from the ID number, so they can never disagree with it.
 */
public record VolunteerProfile(
        String name,
        IdNumber idNumber,
        String phone,
        String area,
        List<String> skills,
        List<String> categories,
        String team) {

    public VolunteerProfile {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new IllegalArgumentException("A volunteer needs a name of at most 80 characters.");
        }
        name = name.strip();
        Objects.requireNonNull(idNumber, "An ID number is required.");
        phone = phone == null ? "" : phone.replaceAll("[\\s-]", "");
        if (!phone.matches("1\\d{10}")) {
            throw new IllegalArgumentException("A mobile number has 11 digits and starts with 1.");
        }
        if (area == null || area.isBlank()) {
            throw new IllegalArgumentException("Say where the volunteer lives (district or community).");
        }
        area = area.strip();
        skills = clean(skills);
        categories = clean(categories);
        team = team == null || team.isBlank() ? null : team.strip();
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(value -> value.replace(",", " ").strip())
                        .filter(value -> !value.isEmpty())
                        .distinct()
                        .toList();
    }

    public String phoneMasked() {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
