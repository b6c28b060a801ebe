package org.happystation.kiosk.plugins;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.happystation.plugin.api.QrCodes;

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

    /** The SVG of a QR code for the text, one unit per module. */
    public static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("This text is too long for a QR code.", e);
        }
        int size = matrix.getWidth();
        var path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
