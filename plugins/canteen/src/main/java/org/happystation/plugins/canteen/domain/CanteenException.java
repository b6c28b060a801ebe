package org.happystation.plugins.canteen.domain;

/**
 * A refusal the resident or the staff must read: carries the key of a full sentence in the plugin's message
 * bundles (saying what to do) and its arguments, so the screens show it in the kiosk's language.
 */
public class CanteenException extends RuntimeException {

    private final transient Object[] arguments;

    public CanteenException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    /** The key of the sentence in the bundles. */
    public String messageKey() {
        return getMessage();
    }

    /** The sentence's arguments. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
