package org.happystation.points.host;

import java.util.Optional;
import org.happystation.points.volunteers.VolunteerId;

/**
 * Signing volunteers in and out of the current browser session, which belongs to the server's security.
 * The module's phone pages call this and never see cookies or sessions themselves.
 */
public interface VolunteerSessions {

    enum Outcome {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    /** Mobile number and password; with {@code rememberPhone} the phone stays signed in for months. */
    Outcome signIn(String phone, String password, boolean rememberPhone);

    void signOut();

    /** The volunteer signed in to this session, if any. */
    Optional<VolunteerId> current();
}
