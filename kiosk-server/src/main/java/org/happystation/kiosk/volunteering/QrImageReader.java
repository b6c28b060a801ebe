package org.happystation.kiosk.volunteering;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads the QR code in a photo or scan (a volunteer's card, a voucher) on the server with ZXing, so that
 * any camera or scanner that makes an image will do.
 */
public final class QrImageReader {

    /** Photos from phones are large; decoding needs no more than this many pixels on a side. */
    private static final int MAX_SIDE = 4000;

    private QrImageReader() {}

    public static Optional<String> read(InputStream image) throws IOException {
        var picture = ImageIO.read(image);
        if (picture == null || picture.getWidth() > MAX_SIDE || picture.getHeight() > MAX_SIDE) {
            return Optional.empty();
        }
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return Optional.of(new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (NotFoundException none) {
            return Optional.empty();
        } catch (ReaderException unreadable) {
            return Optional.empty();
        }
    }
}
