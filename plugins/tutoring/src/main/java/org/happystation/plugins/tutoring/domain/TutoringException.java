package org.happystation.plugins.tutoring.domain;

/**
 * A refusal a person must read: carries the key of a full sentence in the plugin's message bundles (one that
 * says what to do) and its arguments, so each screen shows it in its reader's language.
 */
public class TutoringException extends RuntimeException {

    private final transient Object[] arguments;

    public TutoringException(String messageKey, Object... arguments) {
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
