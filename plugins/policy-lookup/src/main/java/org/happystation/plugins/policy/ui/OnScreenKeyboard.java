package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.happystation.plugin.api.PluginContext;

/**
 * Large letter keys for pinyin initials (QWERTY rows), with delete, clear and search keys, for residents at
 * a kiosk without a physical keyboard. Every key is at least 64 by 64 pixels.
 */
final class OnScreenKeyboard extends Div {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    OnScreenKeyboard(PluginContext context, TextField field, Button searchKey) {
        setId("policy-keyboard");
        getElement().setAttribute("aria-label", context.message("keyboard.label"));
        getElement().setAttribute("role", "group");
        getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "8px")
                .set("margin", "16px 0");
        for (String letters : ROWS) {
            var row = row();
            for (char letter : letters.toCharArray()) {
                row.add(key(String.valueOf(letter), "policy-key-" + letter, () -> type(field, letter)));
            }
            add(row);
        }
        var last = row();
        last.add(key(context.message("key.delete"), "policy-key-delete", () -> deleteLast(field)));
        last.add(key(context.message("key.clear"), "policy-key-clear", field::clear));
        last.add(searchKey);
        add(last);
    }

    private static Div row() {
        var row = new Div();
        row.getStyle().set("display", "flex").set("gap", "8px").set("flex-wrap", "wrap");
        return row;
    }

    private static Button key(String label, String id, Runnable action) {
        var key = new Button(label, click -> action.run());
        key.setId(id);
        key.addClassName("policy-key");
        key.getStyle().set("min-width", "72px").set("min-height", "72px").set("font-size", "30px");
        return key;
    }

    private static void type(TextField field, char letter) {
        field.setValue(field.getValue() + letter);
    }

    private static void deleteLast(TextField field) {
        String value = field.getValue();
        if (!value.isEmpty()) {
            field.setValue(value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        }
    }
}
