package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Number keys under a phone number field: a kiosk has a touch screen and no keyboard. Keys of 72 px, a
 * "delete" key that takes the last digit; the field stays editable for a kiosk that has a keyboard.
 */
final class DigitPad extends Composite<Div> {

    DigitPad(TextField field, String deleteLabel) {
        var pad = getContent();
        pad.setId(field.getId().orElse("tutoring") + "-pad");
        pad.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(3, 96px)")
                .set("gap", "8px")
                .set("margin", "8px 0");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}) {
            pad.add(key(pad, key, () -> {
                if (field.getValue().length() < 11) {
                    field.setValue(field.getValue() + key);
                }
            }));
        }
        var delete = key(pad, deleteLabel, () -> {
            String value = field.getValue();
            field.setValue(value.isEmpty() ? value : value.substring(0, value.length() - 1));
        });
        delete.getStyle().set("grid-column", "span 2");
    }

    private static Button key(Div pad, String label, Runnable action) {
        var key = new Button(label, click -> action.run());
        key.setId(pad.getId().orElseThrow() + "-" + (label.matches("\\d") ? label : "delete"));
        key.getStyle().set("min-height", "72px").set("font-size", "28px");
        pad.add(key);
        return key;
    }
}
