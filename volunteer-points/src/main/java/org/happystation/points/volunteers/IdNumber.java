package org.happystation.points.volunteers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A mainland resident identity number (GB 11643): 17 digits and a check character. Validated by its
 * checksum so that a typing slip is caught at the counter, and shown only masked (2101**********0012).
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public IdNumber {
        if (value == null) {
            throw new IllegalArgumentException("An ID number is required.");
        }
        value = value.trim().toUpperCase();
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new IllegalArgumentException("An ID number has 18 characters: 17 digits and a digit or X.");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK.charAt(sum % 11) != value.charAt(17)) {
            throw new IllegalArgumentException("This ID number's last character does not match: please check it.");
        }
        try {
            LocalDate.parse(value.substring(6, 10) + "-" + value.substring(10, 12) + "-" + value.substring(12, 14));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("This ID number does not contain a valid date of birth.");
        }
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 10) + "-" + value.substring(10, 12) + "-" + value.substring(12, 14));
    }

    /** Odd 17th digit: male; even: female, as the standard defines. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    /** Completes 17 digits with their check character; for demo data and tests. */
    public static IdNumber withCheckDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return new IdNumber(first17 + CHECK.charAt(sum % 11));
    }

    @Override
    public String toString() {
        return masked();
    }
}
