package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.eldercare.domain.Availability;
import org.happystation.plugins.eldercare.domain.Availability.DayOffer;
import org.happystation.plugins.eldercare.domain.Availability.TimeOffer;
import org.happystation.plugins.eldercare.domain.BookRequest;
import org.happystation.plugins.eldercare.domain.Bookings;
import org.happystation.plugins.eldercare.domain.CareBooking;
import org.happystation.plugins.eldercare.domain.CareProfile;
import org.happystation.plugins.eldercare.domain.CareProfiles;
import org.happystation.plugins.eldercare.domain.CareService;
import org.happystation.plugins.eldercare.domain.CareServices;
import org.happystation.plugins.eldercare.domain.CareStatus;
import org.happystation.plugins.eldercare.domain.ElderCareException;
import org.happystation.plugins.eldercare.domain.Eligibility;

/**
 * The kiosk's booking screen: for whom (only when the resident has linked relatives), the service, the day,
 * the time, then the summary to confirm and the booking with its QR code. One question per screen;
 * navigation replaces the content of this root and every inner screen has a back button.
 */
class KioskScreen extends Div {

    private final KioskContext context;
    private final CareServices services;
    private final CareProfiles profiles;
    private final Availability availability;
    private final Bookings bookings;
    private final Deque<Runnable> screens = new ArrayDeque<>();

    private ResidentInfo elder;
    private CareService service;
    private LocalDate day;
    private TimeOffer time;

    KioskScreen(KioskContext context) {
        this.context = context;
        this.services = ElderCare.services(context);
        this.profiles = ElderCare.profiles(context);
        this.availability = ElderCare.availability(context);
        this.bookings = ElderCare.bookings(context);
        setId("eldercare-screen");
        getStyle().set("font-size", "24px").set("line-height", "1.4");
        Optional<ResidentInfo> resident = context.resident();
        if (resident.isEmpty()) {
            guestScreen();
        } else if (context.actingFor().isPresent()) {
            // The resident chose at the kiosk whom they act for: no need to ask again.
            elder = context.actingFor().get();
            open(this::serviceScreen);
        } else if (context.relatives().isEmpty()) {
            elder = resident.get();
            open(this::serviceScreen);
        } else {
            open(this::forWhomScreen);
        }
    }

    // --- navigation ---------------------------------------------------------------------------------

    private void open(Runnable screen) {
        screens.push(screen);
        screen.run();
    }

    private void back() {
        if (screens.size() > 1) {
            screens.pop();
        }
        screens.peek().run();
    }

    private void show(String title, Component... content) {
        context.readAloud(null); // the screen's visible text, unless the screen says otherwise
        removeAll();
        add(new H2(title));
        add(content);
        if (screens.size() > 1) {
            var back = new Button(context.message("kiosk.back"), click -> back());
            back.setId("eldercare-back");
            back.getStyle().set("margin-top", "24px").set("min-width", "200px");
            add(back);
        }
    }

    private void showRefusal(ElderCareException refused) {
        show(
                context.message("kiosk.problem.title"),
                Ui.notice(Ui.sentence(context, refused), "eldercare-message", 26),
                myBookingsButton());
    }

    private Button big(String text, String id, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.getStyle()
                .set("min-width", "360px")
                .set("min-height", "80px")
                .set("height", "auto")
                .set("white-space", "normal")
                .set("margin", "8px 8px 0 0");
        return button;
    }

    private static Div column(Component... components) {
        var column = new Div(components);
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return column;
    }

    // --- screens ------------------------------------------------------------------------------------

    private void guestScreen() {
        var list = column();
        services.active().forEach(each -> list.add(Ui.text(describe(each), 24)));
        show(
                context.message("kiosk.title"),
                Ui.notice(context.message("kiosk.guest.sign-in"), "eldercare-sign-in", 26),
                list);
    }

    private String describe(CareService each) {
        String where = context.message(each.atHome() ? "kiosk.service.at-home" : "kiosk.service.at-station");
        return context.message("kiosk.service.line", each.name(context.locale()), each.durationMinutes(), where);
    }

    private void forWhomScreen() {
        ResidentInfo me = context.resident().orElseThrow();
        var choices = column(big(context.message("kiosk.for.self", me.name()), "eldercare-for-self", () -> choose(me)));
        for (ResidentInfo relative : context.relatives()) {
            choices.add(big(
                    context.message("kiosk.for.relative", relative.name()),
                    "eldercare-for-" + relative.id(),
                    () -> choose(relative)));
        }
        show(context.message("kiosk.for.title"), choices, myBookingsButton());
    }

    private void choose(ResidentInfo chosen) {
        elder = chosen;
        open(this::serviceScreen);
    }

    private void serviceScreen() {
        CareProfile profile = profiles.of(elder.id(), elder.name());
        var cards = column();
        for (CareService each : services.active()) {
            Optional<Eligibility.Refusal> refusal = Eligibility.check(each, elder, profile, bookings.today());
            if (refusal.isPresent()) {
                cards.add(unavailableCard(refusal.get()));
            } else {
                cards.add(big(describe(each), "eldercare-service-" + each.key(), () -> chooseService(each)));
            }
        }
        if (cards.getComponentCount() == 0) {
            cards.add(Ui.text(context.message("kiosk.service.none"), 24));
        }
        show(context.message("kiosk.service.title", elder.name()), cards, myBookingsButton());
    }

    /** A service the elder cannot book: its name and why, in a framed box with nothing to press. */
    private Component unavailableCard(Eligibility.Refusal refusal) {
        CareService each = refusal.service();
        String why =
                switch (refusal.reason()) {
                    case TOO_YOUNG ->
                        context.message("kiosk.refusal.age", elder.name(), each.minimumAge(), refusal.age());
                    case MOBILITY ->
                        context.message(
                                "kiosk.refusal.mobility",
                                elder.name(),
                                context.message(refusal.mobility().messageKey()));
                    case NO_ADDRESS -> context.message("kiosk.refusal.address", elder.name());
                };
        var card = column(Ui.text(each.name(context.locale()), 26), Ui.text(why, 24));
        card.setId("eldercare-unavailable-" + each.key());
        card.getStyle()
                .set("border", "2px dashed #424242")
                .set("border-radius", "8px")
                .set("padding", "8px 16px")
                .set("margin", "8px 0")
                .set("max-width", "720px");
        return card;
    }

    private void chooseService(CareService chosen) {
        service = chosen;
        open(this::dayScreen);
    }

    private void dayScreen() {
        List<DayOffer> days = availability.days(service);
        var choices = column();
        for (DayOffer offer : days) {
            String state = offer.full()
                    ? context.message("kiosk.day.full")
                    : context.message("kiosk.day.places", offer.placesLeft());
            choices.add(big(
                    Ui.dayLabel(context, offer.day()) + context.message("kiosk.separator") + state,
                    "eldercare-day-" + offer.day(),
                    () -> chooseDay(offer.day())));
        }
        if (days.isEmpty()) {
            choices.add(Ui.text(context.message("kiosk.day.none", Availability.DAYS_AHEAD), 24));
        }
        show(context.message("kiosk.day.title", service.name(context.locale())), choices);
    }

    private void chooseDay(LocalDate chosen) {
        day = chosen;
        open(this::timeScreen);
    }

    private void timeScreen() {
        var choices = column();
        List<TimeOffer> times = availability.times(service, day);
        for (TimeOffer offer : times) {
            String span = context.message(
                    "time.span", offer.slot().start(), offer.slot().end());
            String state = offer.full()
                    ? context.message("kiosk.time.full", offer.waiting())
                    : context.message("kiosk.time.places", offer.placesLeft());
            choices.add(big(
                    span + context.message("kiosk.separator") + state,
                    "eldercare-time-" + offer.slot().start().format(DateTimeFormatter.ofPattern("HHmm")),
                    () -> chooseTime(offer)));
        }
        if (times.isEmpty()) {
            choices.add(Ui.text(context.message("kiosk.time.none"), 24));
        }
        String title = context.message("kiosk.time.title", Ui.dayLabel(context, day));
        show(title, choices);
        readAloudFreeTimes(title, times);
    }

    /** Read aloud, a list of every time with its places is long: only the times still free are named. */
    private void readAloudFreeTimes(String title, List<TimeOffer> times) {
        List<String> free = times.stream()
                .filter(offer -> !offer.full())
                .map(offer -> context.message(
                        "time.span", offer.slot().start(), offer.slot().end()))
                .toList();
        context.readAloud(
                free.isEmpty()
                        ? context.message("kiosk.read.times-full", title)
                        : context.message(
                                "kiosk.read.times", title, String.join(context.message("kiosk.read.list"), free)));
    }

    private void chooseTime(TimeOffer chosen) {
        time = chosen;
        open(this::confirmScreen);
    }

    private void confirmScreen() {
        // Made once per confirmation screen: a double touch or a repeated confirm books once.
        var request = new BookRequest(
                UUID.randomUUID().toString(),
                service.key(),
                day,
                time.slot().start(),
                context.resident().orElseThrow(),
                elder);
        var parts = new ArrayList<Component>(summary());
        parts.add(Ui.text(
                time.full()
                        ? context.message("kiosk.confirm.waitlist", time.waiting() + 1)
                        : context.message("kiosk.confirm.place"),
                26));
        var confirm = big(
                context.message(time.full() ? "kiosk.confirm.queue-button" : "kiosk.confirm.button"),
                "eldercare-confirm",
                () -> book(request));
        confirm.addClassName("primary-action");
        confirm.setDisableOnClick(true);
        parts.add(confirm);
        show(context.message("kiosk.confirm.title"), parts.toArray(Component[]::new));
    }

    private List<Component> summary() {
        var lines = new ArrayList<Component>();
        lines.add(Ui.text(context.message("kiosk.summary.who", elder.name()), 32));
        lines.add(Ui.text(context.message("kiosk.summary.what", service.name(context.locale())), 32));
        lines.add(Ui.text(
                context.message(
                        "kiosk.summary.when",
                        Ui.dayLabel(context, day),
                        context.message(
                                "time.span", time.slot().start(), time.slot().end())),
                32));
        lines.add(Ui.text(
                where(service.atHome(), profiles.of(elder.id(), elder.name()).address()), 32));
        var box = column(lines.toArray(Component[]::new));
        box.setId("eldercare-summary");
        box.getStyle()
                .set("border", "2px solid #1a1a1a")
                .set("border-radius", "8px")
                .set("padding", "8px 16px");
        return List.of(box);
    }

    private String where(boolean atHome, String address) {
        return atHome
                ? context.message("kiosk.summary.home", address)
                : context.message("kiosk.summary.station", context.station().name());
    }

    private void book(BookRequest request) {
        try {
            CareBooking booking = bookings.book(request);
            open(() -> resultScreen(booking));
        } catch (ElderCareException refused) {
            showRefusal(refused);
        }
    }

    private void resultScreen(CareBooking booking) {
        var parts = new ArrayList<Component>(summary());
        if (booking.status() == CareStatus.WAITLISTED) {
            parts.add(Ui.notice(
                    context.message("kiosk.result.waiting", bookings.waitlistPosition(booking)),
                    "eldercare-result-status",
                    28));
        } else {
            parts.add(Ui.notice(context.message("kiosk.result.booked"), "eldercare-result-status", 28));
        }
        Component qr = context.qrCodes().image(booking.qrText(), 200, context.message("kiosk.result.qr"));
        qr.setId("eldercare-booking-qr");
        parts.add(qr);
        parts.add(Ui.text(context.message("kiosk.result.qr-hint"), 24));
        parts.add(myBookingsButton());
        var done = big(context.message("kiosk.result.done"), "eldercare-done", context::goHome);
        done.addClassName("primary-action");
        parts.add(done);
        removeAll();
        add(new H2(context.message(
                booking.status() == CareStatus.WAITLISTED ? "kiosk.result.title-waiting" : "kiosk.result.title")));
        parts.forEach(this::add);
    }

    // --- my bookings --------------------------------------------------------------------------------

    private Button myBookingsButton() {
        return big(context.message("kiosk.my-bookings"), "eldercare-my-bookings", () -> open(this::myBookingsScreen));
    }

    private void myBookingsScreen() {
        myBookingsScreen(null);
    }

    /** The signed-in resident and the relatives they may act for: whose bookings this kiosk shows. */
    private List<Long> family() {
        var ids = new ArrayList<Long>();
        ids.add(context.resident().orElseThrow().id());
        context.relatives().forEach(relative -> ids.add(relative.id()));
        return ids;
    }

    private void myBookingsScreen(Component message) {
        List<CareBooking> upcoming = bookings.upcomingFor(family());
        var list = column();
        if (message != null) {
            list.add(message);
        }
        if (upcoming.isEmpty()) {
            list.add(Ui.text(context.message("kiosk.my-bookings.none"), 24));
        }
        upcoming.forEach(booking -> list.add(bookingLine(booking)));
        boolean bookedToday = upcoming.stream()
                .anyMatch(booking -> booking.day().equals(bookings.today()) && booking.status() == CareStatus.BOOKED);
        if (bookedToday) {
            list.add(big(
                    context.message("kiosk.self-checkin.button"),
                    "eldercare-self-checkin",
                    () -> open(this::selfCheckInScreen)));
        }
        show(context.message("kiosk.my-bookings.title"), list);
    }

    /** Arrived for today's booking: the elder shows its QR code to the kiosk's camera and is checked in. */
    private void selfCheckInScreen() {
        var answer = new Div();
        answer.setId("eldercare-checkin-answer");
        Component camera = context.qrScanner(context.message("kiosk.self-checkin.camera"), text -> {
            answer.removeAll();
            answer.add(Ui.notice(selfCheckIn(text), "eldercare-checkin-message", 28));
        });
        show(
                context.message("kiosk.self-checkin.title"),
                Ui.text(context.message("kiosk.self-checkin.instruction"), 26),
                camera,
                answer);
    }

    /** Checks in the booking of a scanned code, if it is today's booking of this resident or their family. */
    String selfCheckIn(String scanned) {
        if (scanned == null || !scanned.startsWith(CareBooking.QR_PREFIX)) {
            return context.message("kiosk.self-checkin.not-ours");
        }
        List<Long> ids = family();
        Optional<CareBooking> booking = bookings.find(scanned.substring(CareBooking.QR_PREFIX.length()))
                .filter(found -> ids.contains(found.elderId()) || ids.contains(found.bookedById()));
        if (booking.isEmpty()) {
            return context.message("kiosk.self-checkin.not-yours");
        }
        if (!booking.get().day().equals(bookings.today())) {
            return context.message(
                    "kiosk.self-checkin.other-day",
                    Ui.dayLabel(context, booking.get().day()));
        }
        try {
            CareBooking checkedIn = bookings.checkIn(booking.get().id());
            return context.message("kiosk.self-checkin.done", checkedIn.elderName(), serviceName(checkedIn));
        } catch (ElderCareException refused) {
            return Ui.sentence(context, refused);
        }
    }

    private Component bookingLine(CareBooking booking) {
        String status = context.message(booking.status().messageKey());
        if (booking.status() == CareStatus.WAITLISTED) {
            status = context.message("kiosk.my-bookings.position", bookings.waitlistPosition(booking));
        }
        var line = column(Ui.text(
                context.message(
                        "kiosk.my-bookings.line",
                        Ui.dayLabel(context, booking.day()),
                        Ui.span(context, booking),
                        serviceName(booking),
                        booking.elderName(),
                        status),
                24));
        line.setId("eldercare-booking-" + booking.id());
        line.getStyle()
                .set("border-bottom", "1px solid #757575")
                .set("padding", "8px 0")
                .set("width", "100%");
        if (bookings.cancellable(booking)) {
            line.add(big(
                    context.message("kiosk.cancel"),
                    "eldercare-cancel-" + booking.id(),
                    () -> open(() -> cancelScreen(booking))));
        } else if (booking.status().open()) {
            line.add(Ui.text(
                    context.message(
                            "kiosk.cancel.too-late", bookings.cancelCutoff().toHours()),
                    24));
        }
        return line;
    }

    private String serviceName(CareBooking booking) {
        return services.find(booking.serviceKey())
                .map(found -> found.name(context.locale()))
                .orElse(booking.serviceKey());
    }

    private void cancelScreen(CareBooking booking) {
        var confirm = big(context.message("kiosk.cancel.confirm"), "eldercare-cancel-confirm", () -> cancel(booking));
        confirm.addClassName("primary-action");
        confirm.setDisableOnClick(true);
        show(
                context.message("kiosk.cancel.title"),
                Ui.text(
                        context.message(
                                "kiosk.cancel.question",
                                serviceName(booking),
                                booking.elderName(),
                                Ui.dayLabel(context, booking.day()),
                                Ui.span(context, booking)),
                        28),
                confirm);
    }

    private void cancel(CareBooking booking) {
        Component message;
        try {
            bookings.cancel(booking.id());
            message = Ui.notice(context.message("kiosk.cancelled", serviceName(booking)), "eldercare-message", 26);
        } catch (ElderCareException refused) {
            message = Ui.notice(Ui.sentence(context, refused), "eldercare-message", 26);
        }
        screens.pop();
        Component shown = message;
        screens.pop();
        open(() -> myBookingsScreen(shown));
    }
}
