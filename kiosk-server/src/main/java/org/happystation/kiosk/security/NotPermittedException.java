package org.happystation.kiosk.security;

/** The acting user lacks the role or the station for what they asked; nothing was changed. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
