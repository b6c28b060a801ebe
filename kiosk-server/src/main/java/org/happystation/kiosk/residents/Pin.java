package org.happystation.kiosk.residents;

/** A resident's six-digit kiosk PIN. Never stored: only its slow hash is. */
public record Pin(String digits) {

    public Pin {
        if (digits == null || !digits.matches("\\d{6}")) {
            throw new IllegalArgumentException("A PIN has six digits.");
        }
        if (digits.chars().distinct().count() == 1 || "123456".equals(digits) || "654321".equals(digits)) {
            throw new IllegalArgumentException("This PIN is too easy to guess.");
        }
    }

    @Override
    public String toString() {
        return "******";
    }
}
