package org.happystation.plugin.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The context of a kiosk screen: which kiosk, and the resident signed in at it, if any. */
public interface KioskContext extends PluginContext {

    /** The kiosk's name, as the station manager named it (for example 大厅一号机). */
    String kioskName();

    /** The resident signed in at this kiosk; empty when nobody is. */
    Optional<ResidentInfo> resident();

    /**
     * Since 1.1.0: the residents that the signed-in resident may act for (relatives linked to them at the
     * station, for example a mother); empty when nobody is signed in. Book or order for one of them by
     * passing them as {@code bookedFor}.
     */
    List<ResidentInfo> relatives();

    /**
     * Since 1.3.0: the relative the signed-in resident chose at the kiosk's "for my family" switch, if any.
     * Serve that person without asking again (book or order for them as {@code bookedFor}); the signed-in
     * resident stays the one who acts ({@code bookedBy}).
     */
    default Optional<ResidentInfo> actingFor() {
        return Optional.empty();
    }

    /**
     * Since 1.3.0: the text that the kiosk's "读给我听 / Read to me" button speaks while the plugin shows its
     * current screen, in the screen's language. Call it whenever the plugin changes screens; {@code null}
     * or blank returns to the default, which reads the screen's visible text. Give full sentences: what the
     * screen says and what the resident can do ("请选择服务。可选：日间照料、康复理疗。").
     */
    default void readAloud(String text) {}

    /**
     * Since 1.3.0: the kiosk's camera as a QR code reader, for a screen that asks the resident to show a
     * code (a booking, an order, a voucher): put the component on the screen; each code read is passed to
     * {@code onScanned} with its text (the camera pauses 2 seconds after each, so one code is not read
     * twice in a row). A kiosk without a camera, or that may not use it, shows nothing in its place:
     * always offer another way too (a number to type, or the staff). The default, for hosts and tests
     * without a camera, is such an empty component.
     *
     * @param heading what to show above the picture, in large type ("出示预约码")
     */
    default Component qrScanner(String heading, Consumer<String> onScanned) {
        var none = new Div();
        none.setVisible(false);
        return none;
    }

    /** Leaves the plugin's screen for the kiosk home screen. */
    void goHome();
}
