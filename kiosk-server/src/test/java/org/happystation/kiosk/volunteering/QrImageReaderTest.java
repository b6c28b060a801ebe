package org.happystation.kiosk.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.junit.jupiter.api.Test;

/**
 * Frames as a kiosk's browser sends them: a card held up to a 640×480 webcam, scaled, tilted, a little out
 * of focus, on a noisy background, JPEG at quality 0.7.
 */
class QrImageReaderTest {

    private static final String CARD = "HSCARD1.q3Zk0_xY-7bT2mWcL9pRvA1s";

    @Test
    void a_card_held_up_to_the_camera_is_read_from_a_blurred_jpeg_frame() throws IOException {
        byte[] frame = jpeg(cameraFrame(CARD, 4.0, 6, 1), 0.7f);

        assertThat(QrImageReader.readFrame(frame)).contains(CARD);
    }

    @Test
    void a_card_held_further_away_and_tilted_the_other_way_is_read_too() throws IOException {
        byte[] frame = jpeg(cameraFrame(CARD, 3.0, -8, 1), 0.7f);

        assertThat(QrImageReader.readFrame(frame)).contains(CARD);
    }

    @Test
    void a_frame_without_a_code_reads_as_nothing() throws IOException {
        var empty = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        noise(empty, new Random(7));

        assertThat(QrImageReader.readFrame(jpeg(empty, 0.7f))).isEmpty();
    }

    @Test
    void bytes_that_are_no_image_read_as_nothing() {
        assertThat(QrImageReader.readFrame(new byte[0])).isEmpty();
        assertThat(QrImageReader.readFrame("not a picture".getBytes())).isEmpty();
        byte[] cutShort;
        try {
            byte[] whole = jpeg(cameraFrame(CARD, 4.0, 0, 0), 0.7f);
            cutShort = Arrays.copyOf(whole, 200);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(QrImageReader.readFrame(cutShort)).isEmpty();
    }

    @Test
    void a_frame_larger_than_a_kiosk_sends_is_not_decoded() throws IOException {
        var large = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        var g = large.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 1200);
        drawQr(g, CARD, 400, 300, 12.0);
        g.dispose();

        assertThat(QrImageReader.readFrame(jpeg(large, 0.9f))).isEmpty();
        // The same picture as an uploaded photo (CodeReader) is within bounds and reads.
        assertThat(QrImageReader.read(new ByteArrayInputStream(jpeg(large, 0.9f))))
                .contains(CARD);
    }

    /** A 640×480 frame: noise, a white card, the QR code at pixelsPerModule, rotated, optionally blurred. */
    private static BufferedImage cameraFrame(String text, double pixelsPerModule, double degrees, int blurRadius) {
        var frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        noise(frame, new Random(42));
        var g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), 320, 240);
        int side = (int) Math.round(37 * pixelsPerModule);
        g.setColor(new Color(235, 232, 225)); // paper under room light, not pure white
        g.fillRect(320 - side / 2 - 60, 240 - side / 2 - 20, side + 120, side + 40);
        drawQr(g, text, 320 - side / 2, 240 - side / 2, pixelsPerModule);
        g.dispose();
        return blurRadius == 0 ? frame : blur(frame, blurRadius);
    }

    private static void drawQr(Graphics2D g, String text, int x, int y, double pixelsPerModule) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (com.google.zxing.WriterException e) {
            throw new AssertionError(e);
        }
        // Drawn small, then scaled up with bilinear interpolation, as a camera sees printed modules.
        int size = matrix.getWidth();
        var small = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int my = 0; my < size; my++) {
            for (int mx = 0; mx < size; mx++) {
                small.setRGB(mx, my, matrix.get(mx, my) ? 0x202020 : 0xEBE8E1);
            }
        }
        int side = (int) Math.round(size * pixelsPerModule);
        g.drawImage(small, x, y, side, side, null);
    }

    private static void noise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = 90 + random.nextInt(60);
                image.setRGB(x, y, (v << 16) | ((v - 10) << 8) | (v - 20));
            }
        }
    }

    private static BufferedImage blur(BufferedImage image, int radius) {
        int side = 2 * radius + 1;
        float[] kernel = new float[side * side];
        Arrays.fill(kernel, 1f / kernel.length);
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        return new ConvolveOp(new Kernel(side, side, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
