package org.happystation.kiosk.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/** The cookie in which a registered kiosk's browser keeps its device token. */
public final class KioskDeviceCookie {

    public static final String NAME = "station_kiosk";
    private static final Duration LIFETIME = Duration.ofDays(3650);

    private KioskDeviceCookie() {}

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

    /** HttpOnly, so page scripts never see the token; SameSite=Strict, so other sites cannot use it. */
    public static Cookie create(String deviceToken, boolean secure) {
        var cookie = new Cookie(NAME, deviceToken);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
