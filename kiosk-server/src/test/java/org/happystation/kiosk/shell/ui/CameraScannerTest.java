package org.happystation.kiosk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CameraScannerTest extends BrowserlessTest {

    private static final String CARD = "HSCARD1.q3Zk0_xY-7bT2mWcL9pRvA1s";

    private CameraScanner scanner;
    private final List<String> scanned = new ArrayList<>();
    private final List<String> noCamera = new ArrayList<>();

    @BeforeEach
    void showScanner() {
        UI.getCurrent().setLocale(Locale.CHINESE);
        scanner = new CameraScanner("出示居民卡", "把二维码对准摄像头");
        scanner.addScannedListener(event -> scanned.add(event.text()));
        scanner.addNoCameraListener(event -> noCamera.add(event.reason()));
        UI.getCurrent().add(scanner);
    }

    @Test
    void it_says_the_camera_is_starting_then_what_to_do() {
        assertThat(scanner.status()).contains("正在打开摄像头");

        scanner.started();

        assertThat(scanner.status()).isEqualTo("把二维码对准摄像头");
    }

    @Test
    void the_first_frame_with_a_code_is_read_and_the_camera_pauses() throws Exception {
        scanner.started();

        assertThat(scanner.frame(frameWithCode(CARD))).isTrue();
        assertThat(scanner.frame(frameWithCode(CARD))).isFalse();

        assertThat(scanned).containsExactly(CARD);
        assertThat(scanner.scanning()).isFalse();
    }

    @Test
    void after_the_pause_it_reads_again() throws Exception {
        scanner.frame(frameWithCode(CARD));

        scanner.resumeAfter(Duration.ofSeconds(2));

        assertThat(scanner.scanning()).isTrue();
        assertThat(scanner.frame(frameWithCode("HSCARD1.another_code_of_24_chars")))
                .isTrue();
        assertThat(scanned).containsExactly(CARD, "HSCARD1.another_code_of_24_chars");
    }

    @Test
    void a_frame_without_a_code_reads_nothing_and_scanning_goes_on() throws Exception {
        assertThat(scanner.frame(blankFrame())).isFalse();

        assertThat(scanned).isEmpty();
        assertThat(scanner.scanning()).isTrue();
    }

    @Test
    void what_is_no_frame_is_ignored() {
        assertThat(scanner.frame(null)).isFalse();
        assertThat(scanner.frame("not base64 at all!")).isFalse();
        assertThat(scanner.frame("A".repeat(CameraScanner.MAX_FRAME_CHARS + 4))).isFalse();

        assertThat(scanned).isEmpty();
    }

    @Test
    void without_a_camera_it_says_so_once_and_reads_nothing() throws Exception {
        scanner.noCamera("NotFoundError");
        scanner.noCamera("NotFoundError");

        assertThat(noCamera).containsExactly("NotFoundError");
        assertThat(scanner.status()).isEmpty();
        assertThat(scanner.frame(frameWithCode(CARD))).isFalse();
    }

    @Test
    void a_camera_that_started_is_not_reported_missing_later() {
        scanner.started();

        scanner.noCamera("NotReadableError");

        assertThat(noCamera).isEmpty();
    }

    private static String frameWithCode(String text) throws WriterException, IOException {
        var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 296, 296);
        var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int mx = x - 172;
                int my = y - 92;
                boolean dark = mx >= 0 && my >= 0 && mx < 296 && my < 296 && matrix.get(mx, my);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return jpegBase64(image);
    }

    private static String blankFrame() throws IOException {
        return jpegBase64(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB));
    }

    private static String jpegBase64(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
