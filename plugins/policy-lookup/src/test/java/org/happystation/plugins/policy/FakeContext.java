package org.happystation.plugins.policy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.happystation.plugin.api.AdminContext;
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

/** A kiosk and console context for view tests: the plugin's real bundle, an in-memory store, no UI. */
public final class FakeContext implements KioskContext, AdminContext {

    private static long nextStation = 5000;
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final StationInfo station = new StationInfo(nextStation++, "LX-001", "灵西社区幸福驿站");

    @Override
    public String pluginId() {
        return "policy-lookup";
    }

    @Override
    public StationInfo station() {
        return station;
    }

    @Override
    public Locale locale() {
        return Locale.CHINESE;
    }

    @Override
    public String message(String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle("org.happystation.plugins.policy.messages", locale());
        return bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), locale()).format(arguments) : key;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("policy-lookup");
    }

    @Override
    public QrCodes qrCodes() {
        return (text, size, description) -> {
            Component image = new Span(text);
            image.setId("fake-qr");
            return image;
        };
    }

    @Override
    public SettingsValues settings() {
        return key -> "";
    }

    @Override
    public InMemoryRecordStore records() {
        return records;
    }

    @Override
    public Reservations reservations() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Counters counters() {
        throw new UnsupportedOperationException();
    }

    @Override
    public StaffNotifications staff() {
        throw new UnsupportedOperationException();
    }

    @Override
    public PointsWallet wallet() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String publicLink(String path) {
        return "https://station.example/public/policy-lookup/" + path;
    }

    @Override
    public String kioskName() {
        return "大厅一号机";
    }

    @Override
    public Optional<ResidentInfo> resident() {
        return Optional.empty();
    }

    @Override
    public List<ResidentInfo> relatives() {
        return List.of();
    }

    @Override
    public void goHome() {}

    @Override
    public String actor() {
        return "manager";
    }

    @Override
    public List<ResidentInfo> findResidents(String query) {
        return List.of();
    }

    /** Unused by the plugin; present so the record store type is visible to tests. */
    RecordStore store() {
        return records;
    }
}
