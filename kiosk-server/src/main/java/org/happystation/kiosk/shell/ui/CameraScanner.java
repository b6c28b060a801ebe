package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Base64;
import org.happystation.kiosk.volunteering.QrImageReader;

/**
 * The kiosk's camera as a QR code reader. The browser shows the live picture (mirrored, like a mirror)
 * and every {@link #FRAME_INTERVAL} sends one still, a JPEG at most {@link #MAX_FRAME_WIDTH} px wide, with
 * never more than one on its way; the server reads it with ZXing. The first code read fires
 * {@link ScannedEvent} and pauses the sending until {@link #resumeAfter(Duration)}. Without a camera, or
 * without permission to use it, it fires {@link NoCameraEvent} once and does nothing more.
 *
 * <p>There is no frontend build, so the browser side is a script run on attach. One camera per page: a
 * new scanner takes the camera over, and the camera stops when its scanner leaves the page.
 */
public class CameraScanner extends Div {

    static final Duration FRAME_INTERVAL = Duration.ofMillis(250);
    static final int MAX_FRAME_WIDTH = 640;
    static final double JPEG_QUALITY = 0.7;
    /** A 640-px JPEG at 0.7 is 30–80 KB; base64 adds a third. Larger is no frame of ours. */
    static final int MAX_FRAME_CHARS = 400_000;

    private static final String START = """
            const [host, video, interval, maxWidth, quality] = [$0, $1, $2, $3, $4];
            const cam = window.stationCamera = window.stationCamera || {};
            if (cam.stop) cam.stop();
            let stream = null, timer = null, busy = false, paused = false, stopped = false;
            const canvas = document.createElement('canvas');
            const stop = () => {
              stopped = true;
              clearInterval(timer);
              clearTimeout(cam.resumeTimer);
              if (stream) stream.getTracks().forEach(track => track.stop());
              stream = null;
              video.srcObject = null;
            };
            cam.host = host;
            cam.stop = stop;
            cam.resume = ms => {
              clearTimeout(cam.resumeTimer);
              cam.resumeTimer = setTimeout(() => { paused = false; }, ms);
            };
            const noCamera = reason => {
              if (!stopped && host.isConnected) host.$server.noCamera(String(reason));
              stop();
            };
            const grab = () => {
              if (!host.isConnected) { stop(); return; }
              if (busy || paused || video.readyState < 2 || !video.videoWidth) return;
              const scale = Math.min(1, maxWidth / video.videoWidth);
              canvas.width = Math.round(video.videoWidth * scale);
              canvas.height = Math.round(video.videoHeight * scale);
              canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
              const jpeg = canvas.toDataURL('image/jpeg', quality);
              busy = true;
              host.$server.frame(jpeg.substring(jpeg.indexOf(',') + 1))
                .then(found => { if (found) paused = true; })
                .catch(() => {})
                .finally(() => { busy = false; });
            };
            if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
              noCamera('unsupported');
            } else {
              navigator.mediaDevices.getUserMedia({video: {facingMode: 'user', width: maxWidth}, audio: false})
                .then(s => {
                  if (stopped || !host.isConnected) { s.getTracks().forEach(track => track.stop()); return; }
                  stream = s;
                  video.srcObject = s;
                  return video.play().catch(() => {}).then(() => {
                    if (stopped) return;
                    host.$server.started();
                    timer = setInterval(grab, interval);
                  });
                })
                .catch(e => noCamera((e && e.name) || 'error'));
            }""";

    private static final String STOP_IF_GONE =
            "const cam = window.stationCamera; if (cam && cam.host && !cam.host.isConnected) cam.stop();";

    private final Element video = new Element("video");
    private final Paragraph status = new Paragraph();
    private final String instruction;
    private boolean scanning;
    private boolean cameraFound;

    /**
     * @param heading what to show, in large type, above the picture
     * @param instruction what to do, shown under the picture once the camera runs
     */
    public CameraScanner(String heading, String instruction) {
        this.instruction = instruction;
        setId("card-camera");
        addClassName("card-camera");
        var title = new H2(heading);
        title.addClassName("card-camera-title");
        video.setAttribute("id", "card-camera-video");
        video.setAttribute("autoplay", true);
        video.setAttribute("muted", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("aria-hidden", "true");
        var hint = new Div();
        hint.addClassName("card-camera-hint");
        var picture = new Div(hint);
        picture.addClassName("card-camera-picture");
        picture.getElement().insertChild(0, video);
        status.setId("card-camera-status");
        status.addClassName("card-camera-status");
        status.getElement().setAttribute("role", "status");
        add(title, picture, status);
    }

    /** Sends frames again after a pause, so that the person can take the card away or hold it better. */
    public void resumeAfter(Duration pause) {
        scanning = true;
        status.setText(instruction);
        getElement().executeJs("window.stationCamera && window.stationCamera.resume($0)", pause.toMillis());
    }

    public Registration addScannedListener(ComponentEventListener<ScannedEvent> listener) {
        return addListener(ScannedEvent.class, listener);
    }

    public Registration addNoCameraListener(ComponentEventListener<NoCameraEvent> listener) {
        return addListener(NoCameraEvent.class, listener);
    }

    boolean scanning() {
        return scanning;
    }

    String status() {
        return status.getText();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        scanning = true;
        status.setText(getTranslation("camera.starting"));
        getElement().executeJs(START, getElement(), video, FRAME_INTERVAL.toMillis(), MAX_FRAME_WIDTH, JPEG_QUALITY);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        scanning = false;
        detachEvent.getUI().getPage().executeJs(STOP_IF_GONE);
    }

    @ClientCallable
    void started() {
        cameraFound = true;
        status.setText(instruction);
    }

    /** One frame, base64 JPEG; answers whether it held a code (the browser then pauses). */
    @ClientCallable
    boolean frame(String base64Jpeg) {
        if (!scanning || base64Jpeg == null || base64Jpeg.length() > MAX_FRAME_CHARS) {
            return false;
        }
        byte[] jpeg;
        try {
            jpeg = Base64.getDecoder().decode(base64Jpeg);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        var text = QrImageReader.readFrame(jpeg);
        if (text.isEmpty()) {
            return false;
        }
        scanning = false;
        status.setText(getTranslation("camera.read"));
        fireEvent(new ScannedEvent(this, text.get()));
        return true;
    }

    /** No camera, no permission, or a browser without one (such as a page not served securely). */
    @ClientCallable
    void noCamera(String reason) {
        if (cameraFound || !scanning) {
            return;
        }
        scanning = false;
        status.setText("");
        fireEvent(new NoCameraEvent(this, reason));
    }

    /** The camera read a QR code: its text, not yet checked for anything. */
    public static class ScannedEvent extends ComponentEvent<CameraScanner> {
        private final String text;

        ScannedEvent(CameraScanner source, String text) {
            super(source, true);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** There is no camera to use; the screen carries on without one. */
    public static class NoCameraEvent extends ComponentEvent<CameraScanner> {
        private final String reason;

        NoCameraEvent(CameraScanner source, String reason) {
            super(source, true);
            this.reason = reason;
        }

        /** The browser's reason, such as NotFoundError or NotAllowedError; for logs, not for residents. */
        public String reason() {
            return reason;
        }
    }
}
