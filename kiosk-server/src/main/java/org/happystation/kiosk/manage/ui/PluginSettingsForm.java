package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.SettingsSchema.Setting;

/**
 * The form for the settings a plugin declares: one field per setting, in the manager's language, filled
 * with the station's current values. It checks each value against its setting and fires {@link SaveEvent}
 * with all of them; the view stores them.
 */
public class PluginSettingsForm extends FormLayout {

    private final Map<Setting, AbstractField<?, ?>> fields = new LinkedHashMap<>();

    public PluginSettingsForm(List<Setting> schema, Map<String, String> current) {
        setId("plugin-settings");
        for (Setting setting : schema) {
            String value = current.getOrDefault(setting.key(), setting.defaultValue());
            AbstractField<?, ?> field =
                    switch (setting.type()) {
                        case YES_NO -> new Checkbox(setting.label(getLocale()), Boolean.parseBoolean(value));
                        case CHOICE -> {
                            var select = new Select<String>();
                            select.setLabel(setting.label(getLocale()));
                            select.setItems(setting.choices());
                            select.setValue(setting.choices().contains(value) ? value : setting.defaultValue());
                            yield select;
                        }
                        default -> {
                            var text = new TextField(setting.label(getLocale()));
                            text.setValue(value);
                            yield text;
                        }
                    };
            field.setId("setting-" + setting.key());
            fields.put(setting, field);
            add((com.vaadin.flow.component.Component) field);
        }
        var save = new Button(getTranslation("plugin.settings.save"), click -> save());
        save.setId("plugin-settings-save");
        add(new Div(save));
    }

    private void save() {
        var values = new LinkedHashMap<String, String>();
        boolean valid = true;
        for (var entry : fields.entrySet()) {
            String value = String.valueOf(entry.getValue().getValue()).trim();
            boolean ok = entry.getKey().accepts(value);
            if (entry.getValue() instanceof TextField text) {
                text.setInvalid(!ok);
                text.setErrorMessage(
                        ok
                                ? null
                                : getTranslation("plugin.settings.invalid."
                                        + entry.getKey().type().name()));
            }
            valid &= ok;
            values.put(entry.getKey().key(), value);
        }
        if (valid) {
            fireEvent(new SaveEvent(this, values));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The manager saved these values, each valid for its setting. */
    public static class SaveEvent extends ComponentEvent<PluginSettingsForm> {
        private final Map<String, String> values;

        SaveEvent(PluginSettingsForm source, Map<String, String> values) {
            super(source, false);
            this.values = Map.copyOf(values);
        }

        public Map<String, String> values() {
            return values;
        }
    }
}
