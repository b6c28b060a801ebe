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

    public String masked() {
        return mask(digits.substring(7));
    }

    /** The masked form from the last four digits alone, which is all a list of residents needs. */
    public static String mask(String lastFour) {
        return "1**" + "****" + lastFour;
    }

    public String lastFour() {
        return digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
