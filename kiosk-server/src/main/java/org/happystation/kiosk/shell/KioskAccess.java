package org.happystation.kiosk.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.Optional;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.demo.DemoStation;
import org.happystation.kiosk.security.DeviceCookie;
import org.happystation.kiosk.stations.StationService;

/**
 * Tells which registered kiosk a browser is, from its device-token cookie. In the demo, a browser on
 * the server machine itself is the demo kiosk, so that the demo works without registering a device.
 */
@ApplicationScoped
public class KioskAccess {

    @Inject
    StationService stations;

    @Inject
    StationSettings settings;

    public Optional<KioskSession> identify(HttpServletRequest request, HttpServletResponse response) {
        var fromCookie = DeviceCookie.KIOSK.read(request).flatMap(stations::kioskForDeviceToken);
        if (fromCookie.isPresent()) {
            return fromCookie.map(k -> new KioskSession(k.id(), k.station()));
        }
        return demoToken(request)
                .flatMap(token -> stations.kioskForDeviceToken(token).map(kiosk -> {
                    if (response != null) {
                        response.addCookie(DeviceCookie.KIOSK.create(token, request.isSecure()));
                    }
                    return new KioskSession(kiosk.id(), kiosk.station());
                }));
    }

    /** Stores the token that registration gave this browser. */
    public void remember(String deviceToken, HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(DeviceCookie.KIOSK.create(deviceToken, request.isSecure()));
    }

    private Optional<String> demoToken(HttpServletRequest request) {
        if (!settings.demo() || !fromThisMachine(request)) {
            return Optional.empty();
        }
        var file = settings.dataDirectory().resolve("secrets").resolve(DemoStation.KIOSK_TOKEN_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean fromThisMachine(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
