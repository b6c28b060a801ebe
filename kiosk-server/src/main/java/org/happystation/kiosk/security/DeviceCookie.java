package org.happystation.kiosk.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * A long-lived cookie that carries a device token: a registered kiosk's browser, or a volunteer's phone that
 * chose "keep me signed in". HttpOnly, so page scripts never see the token; only its hash is stored.
 */
public final class DeviceCookie {

    /** SameSite=Strict: only the station's own pages send it. */
    public static final DeviceCookie KIOSK = new DeviceCookie("station_kiosk", Duration.ofDays(3650), "Strict");

    /**
     * SameSite=Lax, not Strict: the phone's camera app opens the check-in link as a new navigation, and the
     * volunteer must arrive signed in.
     */
    public static final DeviceCookie VOLUNTEER = new DeviceCookie("station_volunteer", Duration.ofDays(180), "Lax");

    private final String name;
    private final Duration lifetime;
    private final String sameSite;

    private DeviceCookie(String name, Duration lifetime, String sameSite) {
        this.name = name;
        this.lifetime = lifetime;
        this.sameSite = sameSite;
    }

    public String name() {
        return name;
    }

    public Optional<String> read(HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public Cookie create(String token, boolean secure) {
        var cookie = new Cookie(name, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge((int) lifetime.toSeconds());
        cookie.setAttribute("SameSite", sameSite);
        return cookie;
    }

    /** Tells the browser to drop the cookie. */
    public Cookie expired() {
        var cookie = create("", false);
        cookie.setMaxAge(0);
        return cookie;
    }
}
