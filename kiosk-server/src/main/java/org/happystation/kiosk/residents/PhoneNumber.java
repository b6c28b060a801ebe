package org.happystation.kiosk.residents;

/**
 * A mainland China mobile number (11 digits starting with 1). Shown to staff only masked, as
 * {@code 138****5678}; the full number is stored encrypted.
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        if (digits == null) {
            throw new IllegalArgumentException("A phone number is required.");
        }
        digits = digits.replaceAll("[\\s-]", "");
        if (!digits.matches("1\\d{10}")) {
            throw new IllegalArgumentException("A mobile number has 11 digits and starts with 1.");
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.replaceAll("[\\s-]", "").matches("1\\d{10}");
    }

    /** The first three and last four digits, as Chinese services show a number: {@code 138****5678}. */
    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
