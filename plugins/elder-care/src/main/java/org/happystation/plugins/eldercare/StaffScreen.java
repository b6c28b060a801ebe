package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.eldercare.domain.Bookings;
import org.happystation.plugins.eldercare.domain.CareBooking;
import org.happystation.plugins.eldercare.domain.CareProfile;
import org.happystation.plugins.eldercare.domain.CareProfiles;
import org.happystation.plugins.eldercare.domain.CareService;
import org.happystation.plugins.eldercare.domain.CareServices;
import org.happystation.plugins.eldercare.domain.CareStatus;
import org.happystation.plugins.eldercare.domain.DeliveredBy;
import org.happystation.plugins.eldercare.domain.ElderCareException;
import org.happystation.plugins.eldercare.domain.VolunteerRecorder;

/**
 * The care workers' day list: a day's bookings by time with their waitlists, the elder's address and notes
 * for home services, check-in by touch or by scanning the booking's QR code (a USB scanner types
 * {@code eldercare:<id>} and Enter into the scan field), no-show, completion with the volunteer's hours,
 * notes and assignments; and below it the elders' care profiles.
 */
class StaffScreen extends Div {

    private static final String ALL = "all";
    private static final String MINE = "mine";

    private final AdminContext context;
    private final Bookings bookings;
    private final CareServices services;
    private final CareProfiles profiles;
    private final DatePicker day = new DatePicker();
    private final Select<String> filter = new Select<>();
    private final TextField scan = new TextField();
    private final Div message = new Div();
    private final Div list = new Div();
    private final Div profileArea = new Div();

    StaffScreen(AdminContext context) {
        this.context = context;
        this.bookings = ElderCare.bookings(context);
        this.services = ElderCare.services(context);
        this.profiles = ElderCare.profiles(context);
        setId("eldercare-staff");
        getStyle().set("font-size", "18px");
        add(new H2(context.message("staff.title")), toolbar(), scanField(), message, list, profileSection());
        refresh();
    }

    // --- toolbar and scan ---------------------------------------------------------------------------

    private Component toolbar() {
        day.setLabel(context.message("staff.day"));
        day.setId("eldercare-staff-day");
        day.setValue(bookings.today());
        day.addValueChangeListener(event -> refresh());
        filter.setLabel(context.message("staff.filter"));
        filter.setId("eldercare-staff-filter");
        var choices = new ArrayList<String>(List.of(ALL, MINE));
        for (DeliveredBy role : DeliveredBy.values()) {
            choices.add(role.name());
        }
        filter.setItems(choices);
        filter.setItemLabelGenerator(this::filterLabel);
        filter.setValue(ALL);
        filter.addValueChangeListener(event -> refresh());
        var reload = new Button(context.message("staff.refresh"), click -> refresh());
        reload.setId("eldercare-staff-refresh");
        var bar = new Div(day, filter, reload);
        bar.getStyle()
                .set("display", "flex")
                .set("gap", "16px")
                .set("align-items", "flex-end")
                .set("flex-wrap", "wrap");
        return bar;
    }

    private String filterLabel(String choice) {
        return switch (choice) {
            case ALL -> context.message("staff.filter.all");
            case MINE -> context.message("staff.filter.mine");
            default ->
                context.message(
                        "staff.filter.role",
                        context.message(DeliveredBy.of(choice).messageKey()));
        };
    }

    private Component scanField() {
        scan.setId("eldercare-staff-scan");
        scan.setLabel(context.message("staff.scan"));
        scan.setWidth("24em");
        scan.addValueChangeListener(event -> {
            if (!event.getValue().isBlank()) {
                scanned(event.getValue().strip());
                scan.clear();
                scan.focus();
            }
        });
        return scan;
    }

    private void scanned(String text) {
        String bookingId =
                text.startsWith(CareBooking.QR_PREFIX) ? text.substring(CareBooking.QR_PREFIX.length()) : text;
        Optional<CareBooking> found = bookings.find(bookingId);
        if (found.isEmpty()) {
            say(context.message("staff.scan.unknown", text));
            return;
        }
        act(() -> bookings.checkIn(bookingId), "staff.checked-in");
        if (!found.get().day().equals(day.getValue())) {
            day.setValue(found.get().day()); // show the day of the scanned booking
        }
    }

    private void act(Supplier<CareBooking> action, String doneKey) {
        try {
            CareBooking done = action.get();
            say(context.message(doneKey, done.elderName(), serviceName(done), Ui.span(context, done)));
        } catch (ElderCareException refused) {
            say(Ui.sentence(context, refused));
        }
        refresh();
    }

    private void say(String text) {
        message.removeAll();
        var paragraph = new Paragraph(text);
        paragraph.setId("eldercare-staff-message");
        paragraph.getElement().setAttribute("role", "status");
        paragraph
                .getStyle()
                .set("border", "2px solid #1a1a1a")
                .set("padding", "8px")
                .set("font-size", "18px");
        message.add(paragraph);
    }

    // --- the day list -------------------------------------------------------------------------------

    private void refresh() {
        list.removeAll();
        if (day.getValue() == null) {
            return;
        }
        Map<String, CareService> byKey = new LinkedHashMap<>();
        services.all().forEach(service -> byKey.put(service.key(), service));
        Map<String, List<CareBooking>> bySlot = new LinkedHashMap<>();
        for (CareBooking booking : bookings.on(day.getValue())) {
            if (shown(booking, byKey.get(booking.serviceKey()))) {
                bySlot.computeIfAbsent(booking.serviceKey() + "|" + booking.startsAt(), key -> new ArrayList<>())
                        .add(booking);
            }
        }
        if (bySlot.isEmpty()) {
            list.add(new Paragraph(context.message("staff.none", Ui.date(context, day.getValue()))));
        }
        bySlot.values().forEach(group -> list.add(slotGroup(group)));
    }

    private boolean shown(CareBooking booking, CareService service) {
        String chosen = filter.getValue() == null ? ALL : filter.getValue();
        return switch (chosen) {
            case ALL -> true;
            case MINE -> booking.assignee().equals(context.actor());
            default -> service != null && service.deliveredBy().name().equals(chosen);
        };
    }

    private Component slotGroup(List<CareBooking> group) {
        CareBooking first = group.getFirst();
        long holding = group.stream()
                .filter(b -> b.status() != CareStatus.WAITLISTED && b.status() != CareStatus.CANCELLED)
                .count();
        var section =
                new Div(new H3(context.message("staff.slot", Ui.span(context, first), serviceName(first), holding)));
        group.stream().filter(b -> b.status() != CareStatus.WAITLISTED).forEach(b -> section.add(row(b)));
        List<CareBooking> waiting =
                group.stream().filter(b -> b.status() == CareStatus.WAITLISTED).toList();
        if (!waiting.isEmpty()) {
            section.add(new Paragraph(context.message("staff.waitlist", waiting.size())));
            waiting.forEach(b -> section.add(row(b)));
        }
        return section;
    }

    private Component row(CareBooking booking) {
        var row = new Div(details(booking));
        row.setId("eldercare-staff-booking-" + booking.id());
        row.getStyle().set("border-bottom", "1px solid #757575").set("padding", "8px 0");
        if (booking.status().open() || booking.status() == CareStatus.CHECKED_IN) {
            row.add(actions(booking), noteAndAssignment(booking));
        }
        return row;
    }

    private Component details(CareBooking booking) {
        var lines = new Div();
        String status = context.message(booking.status().messageKey());
        if (booking.status() == CareStatus.WAITLISTED) {
            status = context.message("staff.position", bookings.waitlistPosition(booking));
        }
        lines.add(new Paragraph(context.message("staff.row", booking.elderName(), status, booking.bookedByName())));
        if (booking.atHome()) {
            lines.add(new Paragraph(context.message("staff.address", booking.address())));
        }
        String notes = profiles.find(booking.elderId()).map(CareProfile::notes).orElse(booking.profileNotes());
        if (!notes.isBlank()) {
            lines.add(new Paragraph(context.message("staff.notes", notes)));
        }
        if (!booking.staffNote().isBlank()) {
            lines.add(new Paragraph(context.message("staff.note", booking.staffNote())));
        }
        if (!booking.assignee().isBlank()) {
            lines.add(new Paragraph(context.message(
                    booking.volunteerId() != 0 ? "staff.assigned-volunteer" : "staff.assigned", booking.assignee())));
        }
        if (booking.status() == CareStatus.COMPLETED
                && !booking.volunteerOutcome().isEmpty()) {
            lines.add(new Paragraph(volunteerOutcome(booking)));
        }
        lines.getChildren().forEach(line -> line.getElement().getStyle().set("margin", "2px 0"));
        return lines;
    }

    private String volunteerOutcome(CareBooking booking) {
        return switch (booking.volunteerOutcome()) {
            case VolunteerRecorder.RECORDED ->
                context.message(
                        "staff.volunteer.recorded",
                        booking.volunteerName(),
                        booking.volunteerMinutes(),
                        booking.volunteerPoints());
            case VolunteerRecorder.IN_REVIEW ->
                context.message(
                        "staff.volunteer.review",
                        booking.volunteerName(),
                        booking.volunteerMinutes(),
                        booking.volunteerPoints());
            case VolunteerRecorder.UNAVAILABLE ->
                context.message("staff.volunteer.unavailable", booking.volunteerName());
            default -> context.message("staff.volunteer.refused", booking.volunteerName());
        };
    }

    private Component actions(CareBooking booking) {
        var bar = new Div();
        bar.getStyle()
                .set("display", "flex")
                .set("gap", "8px")
                .set("flex-wrap", "wrap")
                .set("margin", "4px 0");
        if (booking.status() == CareStatus.BOOKED) {
            bar.add(button(
                    "staff.check-in",
                    "eldercare-staff-checkin-" + booking.id(),
                    () -> act(() -> bookings.checkIn(booking.id()), "staff.checked-in")));
            bar.add(button(
                    "staff.no-show",
                    "eldercare-staff-noshow-" + booking.id(),
                    () -> act(() -> bookings.noShow(booking.id()), "staff.marked-no-show")));
        }
        if (booking.status() == CareStatus.BOOKED || booking.status() == CareStatus.CHECKED_IN) {
            var complete =
                    button("staff.complete", "eldercare-staff-complete-" + booking.id(), () -> complete(booking));
            complete.addClassName("primary-action");
            bar.add(complete);
        }
        return bar;
    }

    private Button button(String key, String id, Runnable action) {
        var button = new Button(context.message(key), click -> action.run());
        button.setId(id);
        return button;
    }

    private void complete(CareBooking booking) {
        try {
            CareBooking done = bookings.complete(booking.id(), ElderCare.volunteerRecorder(context));
            String text = context.message("staff.completed", done.elderName(), serviceName(done));
            if (!done.volunteerOutcome().isEmpty()) {
                text += " " + volunteerOutcome(done);
            }
            say(text);
        } catch (ElderCareException refused) {
            say(Ui.sentence(context, refused));
        }
        refresh();
    }

    private Component noteAndAssignment(CareBooking booking) {
        var note = new TextField(context.message("staff.note-field"));
        note.setId("eldercare-staff-note-" + booking.id());
        note.setValue(booking.staffNote());
        note.setWidth("20em");
        var saveNote = button(
                "staff.note-save",
                "eldercare-staff-note-save-" + booking.id(),
                () -> act(() -> bookings.note(booking.id(), note.getValue()), "staff.note-saved"));
        var assignMe = button(
                "staff.assign-me",
                "eldercare-staff-assign-me-" + booking.id(),
                () -> act(() -> bookings.assignStaff(booking.id(), context.actor()), "staff.assigned-done"));
        var bar = new Div(note, saveNote, assignMe, volunteerSearch(booking));
        bar.getStyle()
                .set("display", "flex")
                .set("gap", "8px")
                .set("align-items", "flex-end")
                .set("flex-wrap", "wrap");
        return bar;
    }

    /** Finds volunteers among the residents and assigns one; says so when volunteer records are not kept. */
    private Component volunteerSearch(CareBooking booking) {
        if (!context.volunteerWork().available()) {
            var unavailable = new Paragraph(context.message("staff.volunteer.none-here"));
            unavailable.setId("eldercare-staff-volunteer-" + booking.id());
            return unavailable;
        }
        var results = new Div();
        var search = new TextField(context.message("staff.volunteer.search"));
        search.setId("eldercare-staff-volunteer-" + booking.id());
        search.addValueChangeListener(
                event -> showVolunteers(booking, event.getValue().strip(), results));
        var box = new Div(search, results);
        box.getStyle()
                .set("display", "flex")
                .set("gap", "8px")
                .set("align-items", "flex-end")
                .set("flex-wrap", "wrap");
        return box;
    }

    private void showVolunteers(CareBooking booking, String query, Div results) {
        results.removeAll();
        if (query.isEmpty()) {
            return;
        }
        List<ResidentInfo> found = context.findResidents(query).stream()
                .filter(resident -> context.volunteerWork().isVolunteer(resident))
                .toList();
        if (found.isEmpty()) {
            results.add(new Paragraph(context.message("staff.volunteer.not-found", query)));
        }
        for (ResidentInfo volunteer : found) {
            var pick = new Button(
                    context.message("staff.volunteer.pick", volunteer.name()),
                    click -> act(() -> bookings.assignVolunteer(booking.id(), volunteer, true), "staff.assigned-done"));
            pick.setId("eldercare-staff-volunteer-pick-" + booking.id() + "-" + volunteer.id());
            results.add(pick);
        }
    }

    private String serviceName(CareBooking booking) {
        return services.find(booking.serviceKey())
                .map(found -> found.name(context.locale()))
                .orElse(booking.serviceKey());
    }

    // --- care profiles ------------------------------------------------------------------------------

    private Component profileSection() {
        var search = new TextField(context.message("profile.search"));
        search.setId("eldercare-staff-profile-search");
        search.setWidth("20em");
        var results = new Div();
        search.addValueChangeListener(event -> {
            results.removeAll();
            profileArea.removeAll();
            String query = event.getValue().strip();
            if (query.isEmpty()) {
                return;
            }
            List<ResidentInfo> found = context.findResidents(query);
            if (found.isEmpty()) {
                results.add(new Paragraph(context.message("profile.not-found", query)));
            }
            found.forEach(resident -> results.add(profileChoice(resident)));
        });
        var section = new Div(new H2(context.message("profile.section")), search, results, profileArea);
        section.setId("eldercare-staff-profiles");
        section.getStyle().set("margin-top", "32px");
        return section;
    }

    private Component profileChoice(ResidentInfo resident) {
        var choice = new Button(
                context.message("profile.pick", resident.name(), String.valueOf(resident.birthYear())),
                click -> editProfile(resident));
        choice.setId("eldercare-staff-profile-pick-" + resident.id());
        return choice;
    }

    private void editProfile(ResidentInfo resident) {
        profileArea.removeAll();
        profileArea.add(new ProfileForm(context, profiles.of(resident.id(), resident.name()), this::saveProfile));
    }

    private void saveProfile(CareProfile profile) {
        try {
            CareProfile saved = profiles.save(profile);
            say(context.message("profile.saved", saved.residentName()));
            editProfile(new ResidentInfo(saved.residentId(), saved.residentName(), 0));
        } catch (ElderCareException refused) {
            say(Ui.sentence(context, refused));
        }
    }
}
