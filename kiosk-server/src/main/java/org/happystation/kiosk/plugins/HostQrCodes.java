package org.happystation.kiosk.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.happystation.plugin.api.QrCodes;
import org.happystation.points.base.QrSvg;

/**
 * QR codes as SVG images (ZXing for the matrix): sharp at any kiosk size and no image I/O on the server.
 * Dark modules on white with a quiet zone, as phone cameras expect.
 */
public class HostQrCodes implements QrCodes {

    private static final int MIN_SIZE_PX = 120;

    @Override
    public Component image(String text, int sizePx, String description) {
        var image = new Image(
                "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8)),
                description);
        int size = Math.max(sizePx, MIN_SIZE_PX);
        image.setWidth(size + "px");
        image.setHeight(size + "px");
        image.addClassName("qr-code");
        return image;
    }

    /** The SVG of a QR code for the text; one drawing for plugins and the volunteer module alike. */
    public static String svg(String text) {
        return QrSvg.of(text);
    }
}
