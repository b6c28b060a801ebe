package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Year;
import org.happystation.kiosk.residents.PhoneNumber;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.residents.ResidentService.ResidentDetails;

/**
 * A resident's details. The full phone number is never shown back: editing leaves the phone field empty
 * (its placeholder shows the masked number) and an empty field keeps the stored one. Checks what it can
 * by itself, then fires {@link RegisterEvent} or {@link SaveEvent}; the view calls the service.
 */
public class ResidentForm extends FormLayout {

    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final IntegerField birthYear = new IntegerField();
    private final Button save = new Button();
    private Resident editing;

    public ResidentForm() {
        name.setLabel(getTranslation("resident.name"));
        name.setId("resident-name");
        phone.setLabel(getTranslation("resident.phone"));
        phone.setId("resident-phone");
        phone.setHelperText(getTranslation("resident.phone.help"));
        birthYear.setLabel(getTranslation("resident.birth-year"));
        birthYear.setId("resident-birth-year");
        birthYear.setMin(1900);
        birthYear.setMax(Year.now().getValue());
        save.setText(getTranslation("console.save"));
        save.setId("resident-save");
        save.addClickListener(click -> save());
        var register = new Button(getTranslation("resident.register"), click -> register());
        register.setId("resident-register");
        add(name, phone, birthYear, new Div(save, register));
        edit(null);
    }

    /** Shows a resident to correct, or an empty form for a new one. */
    public void edit(Resident resident) {
        editing = resident;
        name.setValue(resident == null ? "" : resident.name());
        phone.clear();
        phone.setPlaceholder(resident == null ? "" : resident.maskedPhone());
        birthYear.setValue(resident == null ? null : resident.birthYear());
        save.setEnabled(resident != null);
        clearErrors();
    }

    private void register() {
        if (valid(true)) {
            fireEvent(new RegisterEvent(this, details()));
        }
    }

    private void save() {
        if (editing != null && valid(false)) {
            fireEvent(new SaveEvent(this, editing, details()));
        }
    }

    private boolean valid(boolean phoneRequired) {
        clearErrors();
        boolean valid = true;
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("resident.name.required"));
            name.setInvalid(true);
            valid = false;
        }
        boolean phoneGiven = !phone.getValue().isBlank();
        if ((phoneRequired || phoneGiven) && !PhoneNumber.isValid(phone.getValue())) {
            phone.setErrorMessage(getTranslation("resident.phone.invalid"));
            phone.setInvalid(true);
            valid = false;
        }
        if (birthYear.getValue() == null || birthYear.isInvalid()) {
            birthYear.setErrorMessage(
                    getTranslation("resident.birth-year.invalid", Year.now().getValue()));
            birthYear.setInvalid(true);
            valid = false;
        }
        return valid;
    }

    private void clearErrors() {
        name.setInvalid(false);
        phone.setInvalid(false);
        birthYear.setInvalid(false);
    }

    private ResidentDetails details() {
        return new ResidentDetails(name.getValue(), phone.getValue(), birthYear.getValue());
    }

    public Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
        return addListener(RegisterEvent.class, listener);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Register a new resident with these details. */
    public static class RegisterEvent extends ComponentEvent<ResidentForm> {
        private final ResidentDetails details;

        RegisterEvent(ResidentForm source, ResidentDetails details) {
            super(source, false);
            this.details = details;
        }

        public ResidentDetails details() {
            return details;
        }
    }

    /** Store corrected details; an empty phone keeps the stored number. */
    public static class SaveEvent extends ComponentEvent<ResidentForm> {
        private final Resident resident;
        private final ResidentDetails details;

        SaveEvent(ResidentForm source, Resident resident, ResidentDetails details) {
            super(source, false);
            this.resident = resident;
            this.details = details;
        }

        public Resident resident() {
            return resident;
        }

        public ResidentDetails details() {
            return details;
        }
    }
}
