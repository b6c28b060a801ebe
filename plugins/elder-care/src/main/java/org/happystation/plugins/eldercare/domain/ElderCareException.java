package org.happystation.plugins.eldercare.domain;

import java.util.List;

/**
 * A refusal a resident or a staff member must read: the key of a full sentence in the plugin's message
 * bundles that says what to do, and its arguments. Thrown before anything changes.
 */
public class ElderCareException extends RuntimeException {

    private final transient List<Object> arguments;

    public ElderCareException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
    }

    /** The key of the sentence in the bundles. */
    public String messageKey() {
        return getMessage();
    }

    /** The sentence's arguments. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
