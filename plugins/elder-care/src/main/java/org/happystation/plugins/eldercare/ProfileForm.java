package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.eldercare.domain.CareProfile;
import org.happystation.plugins.eldercare.domain.Mobility;

/** Edits an elder's care profile and hands the result to {@code onSave}; it stores nothing itself. */
class ProfileForm extends Div {

    private final TextField address = new TextField();
    private final Select<Mobility> mobility = new Select<>();
    private final TextArea notes = new TextArea();

    ProfileForm(PluginContext context, CareProfile profile, Consumer<CareProfile> onSave) {
        setId("eldercare-staff-profile-form");
        address.setLabel(context.message("profile.address"));
        address.setId("eldercare-staff-profile-address");
        address.setWidth("32em");
        address.setValue(profile.address());
        mobility.setLabel(context.message("profile.mobility"));
        mobility.setId("eldercare-staff-profile-mobility");
        mobility.setItems(Mobility.values());
        mobility.setItemLabelGenerator(level -> context.message(level.messageKey()));
        mobility.setValue(profile.mobility());
        notes.setLabel(context.message("profile.notes"));
        notes.setId("eldercare-staff-profile-notes");
        notes.setWidth("32em");
        notes.setValue(profile.notes());
        var save = new Button(
                context.message("profile.save"),
                click -> onSave.accept(new CareProfile(
                        profile.id(),
                        profile.version(),
                        profile.residentId(),
                        profile.residentName(),
                        address.getValue().strip(),
                        mobility.getValue() == null ? Mobility.INDEPENDENT : mobility.getValue(),
                        notes.getValue().strip())));
        save.setId("eldercare-staff-profile-save");
        save.addClassName("primary-action");
        var fields = new Div(address, mobility, notes, save);
        fields.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "8px")
                .set("align-items", "flex-start");
        add(new H3(context.message("profile.title", profile.residentName())), fields);
    }
}
