package org.happystation.kiosk.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * A large on-screen number pad for touch kiosks: digits 1–9 and 0, "delete" and "clear". It only
 * collects digits, up to a maximum length, and fires an event for every change; the form that holds it
 * decides what the digits mean.
 */
public class NumberPad extends Div {

    private final int maxLength;
    private final StringBuilder digits = new StringBuilder();

    public NumberPad(int maxLength, String deleteLabel, String clearLabel) {
        this.maxLength = maxLength;
        addClassName("number-pad");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            add(digitKey(key));
        }
        add(key(clearLabel, "pad-clear", this::clear));
        add(digitKey("0"));
        add(key(deleteLabel, "pad-delete", this::deleteLast));
    }

    public String value() {
        return digits.toString();
    }

    public void clear() {
        if (!digits.isEmpty()) {
            digits.setLength(0);
            fireEvent(new DigitsChanged(this));
        }
    }

    public void press(char digit) {
        if (Character.isDigit(digit) && digits.length() < maxLength) {
            digits.append(digit);
            fireEvent(new DigitsChanged(this));
        }
    }

    public void deleteLast() {
        if (!digits.isEmpty()) {
            digits.setLength(digits.length() - 1);
            fireEvent(new DigitsChanged(this));
        }
    }

    public Registration addDigitsChangedListener(ComponentEventListener<DigitsChanged> listener) {
        return addListener(DigitsChanged.class, listener);
    }

    private Button digitKey(String digit) {
        var button = key(digit, "pad-digit", () -> press(digit.charAt(0)));
        button.setId("pad-" + digit);
        return button;
    }

    private static Button key(String label, String className, Runnable action) {
        var button = new Button(label, click -> action.run());
        button.addClassName("pad-key");
        button.addClassName(className);
        return button;
    }

    /** The digits changed; read them with {@link NumberPad#value()}. */
    public static class DigitsChanged extends ComponentEvent<NumberPad> {
        DigitsChanged(NumberPad source) {
            super(source, false);
        }
    }
}
