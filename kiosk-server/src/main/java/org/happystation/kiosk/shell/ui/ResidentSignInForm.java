package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.happystation.kiosk.base.ui.NumberPad;

/**
 * Sign-in in two calm steps on one number pad: first the 11-digit phone number, then the 6-digit PIN,
 * shown as dots. Takes digits in and fires {@link SignInRequested}; it calls no service, the view does.
 */
public class ResidentSignInForm extends Div {

    enum Step {
        PHONE,
        PIN
    }

    private final H1 title = new H1();
    private final Paragraph instruction = new Paragraph();
    private final Div display = new Div();
    private final Paragraph message = new Paragraph();
    private final NumberPad pad;
    private final Button next = new Button();
    private Step step = Step.PHONE;
    private String phone = "";

    public ResidentSignInForm() {
        addClassName("sign-in-form");
        pad = new NumberPad(11, getTranslation("pad.delete"), getTranslation("pad.clear"));
        pad.addDigitsChangedListener(change -> digitsChanged());
        display.addClassName("digits-display");
        display.setId("digits-display");
        message.addClassName("form-message");
        message.setId("sign-in-message");
        message.getElement().setAttribute("role", "alert");
        next.addClassName("primary-action");
        next.setId("sign-in-next");
        next.addClickListener(click -> advance());
        add(title, instruction, display, message, pad, next);
        showStep(Step.PHONE);
    }

    Step step() {
        return step;
    }

    NumberPad pad() {
        return pad;
    }

    String displayedDigits() {
        return display.getText();
    }

    String message() {
        return message.getText();
    }

    boolean nextEnabled() {
        return next.isEnabled();
    }

    void clickNext() {
        next.click();
    }

    /** Wrong phone or PIN: back to the PIN step with the attempts left, never saying which was wrong. */
    public void showRefused(int attemptsLeft) {
        showStep(Step.PHONE);
        message.setText(getTranslation("sign-in.refused", attemptsLeft));
    }

    public void showLocked() {
        showStep(Step.PHONE);
        message.setText(getTranslation("sign-in.locked"));
    }

    /** A card held up to the camera that is no card in use; whatever was typed stays. */
    public void showCardNotRecognised() {
        message.setText(getTranslation("sign-in.card.refused"));
    }

    public Registration addSignInRequestedListener(ComponentEventListener<SignInRequested> listener) {
        return addListener(SignInRequested.class, listener);
    }

    private void showStep(Step newStep) {
        step = newStep;
        pad.clear();
        message.setText("");
        if (step == Step.PHONE) {
            phone = "";
            title.setText(getTranslation("sign-in.phone.title"));
            instruction.setText(getTranslation("sign-in.phone.instruction"));
            next.setText(getTranslation("sign-in.next"));
        } else {
            title.setText(getTranslation("sign-in.pin.title"));
            instruction.setText(getTranslation("sign-in.pin.instruction"));
            next.setText(getTranslation("sign-in.submit"));
        }
        digitsChanged();
    }

    private void digitsChanged() {
        String digits = pad.value();
        if (step == Step.PIN && digits.length() > 6) {
            pad.deleteLast();
            return;
        }
        display.setText(step == Step.PHONE ? digits : "●".repeat(digits.length()));
        next.setEnabled(digits.length() == (step == Step.PHONE ? 11 : 6));
    }

    private void advance() {
        if (step == Step.PHONE) {
            if (!pad.value().matches("1\\d{10}")) {
                message.setText(getTranslation("sign-in.phone.invalid"));
                return;
            }
            String entered = pad.value();
            showStep(Step.PIN);
            phone = entered;
        } else {
            fireEvent(new SignInRequested(this, phone, pad.value()));
        }
    }

    /** The resident entered a phone number and a PIN. */
    public static class SignInRequested extends ComponentEvent<ResidentSignInForm> {
        private final String phone;
        private final String pin;

        SignInRequested(ResidentSignInForm source, String phone, String pin) {
            super(source, false);
            this.phone = phone;
            this.pin = pin;
        }

        public String phone() {
            return phone;
        }

        public String pin() {
            return pin;
        }
    }
}
