package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * The calm full-screen "are you still there?" layer: counts down one second per {@link #tick()}, and
 * when it reaches zero fires {@link CountdownFinished} so the kiosk can clear the screen for the next
 * person. The big button, or any touch, cancels it.
 */
public class IdleCountdown extends Div {

    private final int seconds;
    private final Span secondsLeftText = new Span();
    private int secondsLeft;

    public IdleCountdown(int seconds) {
        this.seconds = seconds;
        addClassName("idle-overlay");
        setId("idle-overlay");
        var message = new Paragraph(getTranslation("kiosk.idle.question"));
        message.addClassName("idle-message");
        secondsLeftText.addClassName("idle-seconds");
        secondsLeftText.setId("idle-seconds");
        secondsLeftText.getElement().setAttribute("aria-live", "polite");
        var stay = new Button(getTranslation("kiosk.idle.stay"), click -> cancel());
        stay.setId("idle-stay");
        stay.addClassName("primary-action");
        add(message, secondsLeftText, stay);
        setVisible(false);
    }

    public void start() {
        secondsLeft = seconds;
        secondsLeftText.setText(String.valueOf(secondsLeft));
        setVisible(true);
    }

    public void cancel() {
        setVisible(false);
    }

    public boolean counting() {
        return isVisible();
    }

    int secondsLeft() {
        return secondsLeft;
    }

    /** One second passed; at zero the countdown ends and fires {@link CountdownFinished}. */
    public void tick() {
        if (!counting()) {
            return;
        }
        secondsLeft = Math.max(0, secondsLeft - 1);
        secondsLeftText.setText(String.valueOf(secondsLeft));
        if (secondsLeft == 0) {
            setVisible(false);
            fireEvent(new CountdownFinished(this));
        }
    }

    public Registration addCountdownFinishedListener(ComponentEventListener<CountdownFinished> listener) {
        return addListener(CountdownFinished.class, listener);
    }

    /** Nobody touched the screen through the whole countdown. */
    public static class CountdownFinished extends ComponentEvent<IdleCountdown> {
        CountdownFinished(IdleCountdown source) {
            super(source, false);
        }
    }
}
