package org.happystation.kiosk.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The cookie of a volunteer's phone that chose "remember this phone". SameSite=Lax, not Strict: the phone's
 * camera app opens the check-in link as a new navigation, and the volunteer must arrive signed in.
 */
public final class VolunteerDeviceCookie {

    public static final String NAME = "station_volunteer";
    private static final Duration LIFETIME = Duration.ofDays(180);

    private VolunteerDeviceCookie() {}

    public static Optional<String> read(HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public static Cookie create(String token, boolean secure) {
        var cookie = new Cookie(NAME, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    public static Cookie expired() {
        var cookie = create("", false);
        cookie.setMaxAge(0);
        return cookie;
    }
}
