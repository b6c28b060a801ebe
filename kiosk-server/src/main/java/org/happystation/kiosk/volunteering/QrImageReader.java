package org.happystation.kiosk.volunteering;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads the QR code in a photo or scan (a volunteer's card, a voucher) or in a frame of a kiosk's camera
 * (a resident card) on the server with ZXing, so that any camera or scanner that makes an image will do.
 */
public final class QrImageReader {

    /** Photos from phones are large; decoding needs no more than this many pixels on a side. */
    private static final int MAX_SIDE = 4000;
    /** A kiosk sends frames at most 640 px wide; anything much larger is no frame of ours and stays unread. */
    private static final int MAX_FRAME_SIDE = 1280;

    private QrImageReader() {}

    public static Optional<String> read(InputStream image) throws IOException {
        return decode(readBounded(image, MAX_SIDE));
    }

    /**
     * The QR code in one camera frame (JPEG or PNG), if the frame holds a readable one. The frame's size is
     * read from its header before its pixels, so that a forged header cannot make the server decode a huge
     * image; a frame that is no image, or too large, reads as no code.
     */
    public static Optional<String> readFrame(byte[] frame) {
        try {
            return decode(readBounded(new ByteArrayInputStream(frame), MAX_FRAME_SIDE));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The image, or null when it is none that ImageIO reads or a side is longer than maxSide. */
    private static BufferedImage readBounded(InputStream source, int maxSide) throws IOException {
        try (var input = ImageIO.createImageInputStream(source)) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > maxSide || reader.getHeight(0) > maxSide) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<String> decode(BufferedImage picture) {
        if (picture == null) {
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
        } catch (ReaderException notFoundOrUnreadable) {
            return Optional.empty();
        }
    }
}
