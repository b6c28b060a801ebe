package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.SettingsValues;
import org.happystation.plugin.api.StaffNotifications;
import org.happystation.plugin.api.StationInfo;
import org.happystation.plugin.api.VolunteerWork;
import org.happystation.plugins.tutoring.domain.InMemoryRecordStore;
import org.happystation.plugins.tutoring.domain.InMemoryReservations;
import org.happystation.plugins.tutoring.domain.MutableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk and console context for view tests, with no UI: the plugin's real bundles, in-memory records and
 * reservations, a station clock the test sets, and a resident the test signs in. Several contexts can share
 * one station's stores, as several kiosks do.
 */
final class FakeContext implements KioskContext, AdminContext {

    final InMemoryRecordStore records;
    final InMemoryReservations reservations;
    final MutableClock clock;
    ResidentInfo resident;
    List<ResidentInfo> relatives = new ArrayList<>();
    List<ResidentInfo> residents = new ArrayList<>();
    VolunteerWork volunteerWork = VolunteerWork.UNAVAILABLE;
    Locale locale = Locale.CHINESE;
    int wentHome;

    FakeContext(LocalDateTime stationTime) {
        this(new InMemoryRecordStore(), new InMemoryReservations(), new MutableClock(stationTime));
    }

    private FakeContext(InMemoryRecordStore records, InMemoryReservations reservations, MutableClock clock) {
        this.records = records;
        this.reservations = reservations;
        this.clock = clock;
    }

    /** Another kiosk (or the console) of the same station, nobody signed in. */
    FakeContext sameStation() {
        var other = new FakeContext(records, reservations, clock);
        other.volunteerWork = volunteerWork;
        other.residents = residents;
        return other;
    }

    @Override
    public String pluginId() {
        return "tutoring";
    }

    @Override
    public StationInfo station() {
        return new StationInfo(7, "LX-001", "灵西社区幸福驿站");
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String message(String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle("org.happystation.plugins.tutoring.messages", locale);
        return bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), locale).format(arguments) : key;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("tutoring");
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
    public InMemoryReservations reservations() {
        return reservations;
    }

    @Override
    public Counters counters() {
        throw new UnsupportedOperationException("The tutoring plugin uses no counters.");
    }

    @Override
    public StaffNotifications staff() {
        throw new UnsupportedOperationException("The tutoring plugin sends no staff notifications.");
    }

    @Override
    public PointsWallet wallet() {
        throw new UnsupportedOperationException("The tutoring plugin is free of charge.");
    }

    @Override
    public VolunteerWork volunteerWork() {
        return volunteerWork;
    }

    @Override
    public String publicLink(String path) {
        return "https://station.example/public/tutoring/" + path;
    }

    @Override
    public String kioskName() {
        return "大厅一号机";
    }

    @Override
    public Optional<ResidentInfo> resident() {
        return Optional.ofNullable(resident);
    }

    @Override
    public List<ResidentInfo> relatives() {
        return resident == null ? List.of() : relatives;
    }

    @Override
    public void goHome() {
        wentHome++;
    }

    @Override
    public String actor() {
        return "staff1";
    }

    @Override
    public List<ResidentInfo> findResidents(String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        return residents.stream().filter(r -> r.name().contains(query)).toList();
    }
}
