package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.SettingsValues;
import org.happystation.plugin.api.StaffNotifications;
import org.happystation.plugin.api.StationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A kiosk context over in-memory services, reading the Chinese bundle as the host does. */
record TestKioskContext(
        Optional<ResidentInfo> resident,
        List<ResidentInfo> relatives,
        RecordStore records,
        Reservations reservations,
        Clock clock,
        boolean[] wentHome,
        Optional<ResidentInfo> actingFor,
        String[] readAloudText,
        List<Consumer<String>> cameras)
        implements KioskContext {

    /** A stand-in for the kiosk's camera: the test "shows" a code by calling what the screen gave. */
    @Override
    public Component qrScanner(String heading, Consumer<String> onScanned) {
        cameras.add(onScanned);
        var camera = new Div();
        camera.setId("test-camera");
        return camera;
    }

    @Override
    public void readAloud(String text) {
        readAloudText[0] = text;
    }

    private static final Properties ZH = load();

    private static Properties load() {
        try {
            return MessagesTest.bundle("messages_zh.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kioskName() {
        return "大厅一号机";
    }

    @Override
    public void goHome() {
        wentHome[0] = true;
    }

    @Override
    public String pluginId() {
        return "elder-care";
    }

    @Override
    public StationInfo station() {
        return new StationInfo(1, "LX-001", "灵西社区幸福驿站");
    }

    @Override
    public Locale locale() {
        return Locale.CHINESE;
    }

    @Override
    public String message(String key, Object... arguments) {
        String text = ZH.getProperty(key);
        return text == null ? key : new MessageFormat(text, Locale.CHINESE).format(arguments);
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("elder-care");
    }

    @Override
    public QrCodes qrCodes() {
        return (text, size, description) -> {
            Component image = new Div();
            image.getElement().setAttribute("data-qr", text);
            return image;
        };
    }

    @Override
    public SettingsValues settings() {
        return key -> "2";
    }

    @Override
    public Counters counters() {
        throw new UnsupportedOperationException("The elder-care plugin draws no numbers.");
    }

    @Override
    public StaffNotifications staff() {
        return message -> {};
    }

    @Override
    public PointsWallet wallet() {
        throw new UnsupportedOperationException("The elder-care plugin takes no points.");
    }

    @Override
    public String publicLink(String path) {
        return "https://station.example/public/elder-care/" + path;
    }
}
