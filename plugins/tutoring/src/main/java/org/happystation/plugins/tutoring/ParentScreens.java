package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.tutoring.domain.AttendanceBook.Mark;
import org.happystation.plugins.tutoring.domain.ChildProfile;
import org.happystation.plugins.tutoring.domain.ClassSession;
import org.happystation.plugins.tutoring.domain.Enrolments;
import org.happystation.plugins.tutoring.domain.Occupancy;
import org.happystation.plugins.tutoring.domain.Place;
import org.happystation.plugins.tutoring.domain.Rate;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.happystation.plugins.tutoring.domain.TutoringException;

/**
 * The parent's screens: pick the child, give the child's details once, confirm the enrolment, see the
 * children's classes, sessions and attendance, and withdraw after a confirm step.
 */
class ParentScreens {

    private static final int UPCOMING = 4;

    private final KioskContext context;
    private final Tutoring tutoring;
    private final Navigator navigator;
    private final List<ResidentInfo> children;

    private String classId;
    private ResidentInfo child;
    private String doneNotice;

    ParentScreens(KioskContext context, Tutoring tutoring, Navigator navigator, List<ResidentInfo> children) {
        this.context = context;
        this.tutoring = tutoring;
        this.navigator = navigator;
        this.children = children;
    }

    private ResidentInfo me() {
        return context.resident().orElseThrow();
    }

    // --- enrolling --------------------------------------------------------------------------------

    void enrol(String chosenClassId) {
        classId = chosenClassId;
        navigator.open(this::childScreen);
    }

    private TutoringClass chosenClass() {
        return tutoring.catalogue.findClass(classId).orElseThrow(() -> new TutoringException("enrol.class-gone"));
    }

    private void childScreen() {
        TutoringClass tutoringClass = chosenClass();
        var choices = Ui.column();
        for (ResidentInfo each : children) {
            Optional<Place> place = tutoring.enrolments.placeIn(classId, each.id());
            String label = place.isEmpty() ? each.name() : context.message("kiosk.child.enrolled", each.name());
            choices.add(Ui.big(label, "tutoring-child-" + each.id(), () -> chooseChild(each)));
        }
        navigator.show(context.message("kiosk.child.title", tutoringClass.name()), choices);
    }

    private void chooseChild(ResidentInfo chosen) {
        child = chosen;
        if (tutoring.profiles.of(chosen.id()).isEmpty()) {
            navigator.open(() -> profileScreen(true));
        } else {
            navigator.open(this::confirmScreen);
        }
    }

    /** The child's details; {@code thenConfirm} goes on to the confirmation, otherwise back. */
    private void profileScreen(boolean thenConfirm) {
        Optional<ChildProfile> known = tutoring.profiles.of(child.id());
        var grade = new GradePicker(context);
        TextField school = field("tutoring-school", context.message("profile.school"));
        TextField phone = field("tutoring-guardian-phone", context.message("profile.phone"));
        phone.getElement().setAttribute("inputmode", "tel");
        known.ifPresent(profile -> {
            grade.choose(profile.grade());
            school.setValue(profile.school());
            phone.setValue(profile.guardianPhone());
        });
        var message = new Div();
        var save = Ui.big(context.message("profile.save"), "tutoring-profile-save", () -> {
            try {
                tutoring.profiles.save(me(), child, grade.grade(), school.getValue(), phone.getValue());
                if (thenConfirm) {
                    navigator.open(this::confirmScreen);
                } else {
                    navigator.back();
                }
            } catch (TutoringException refused) {
                message.removeAll();
                message.add(Ui.notice(Ui.explain(context, refused), "tutoring-message"));
            }
        });
        save.addClassName("primary-action");
        navigator.show(
                context.message("profile.title", child.name()),
                Ui.text(context.message("profile.intro"), 24),
                message,
                grade,
                school,
                Ui.text(context.message("profile.school.hint"), 24),
                phone,
                new DigitPad(phone, context.message("profile.phone.delete")),
                save);
    }

    private TextField field(String id, String label) {
        var field = new TextField(label);
        field.setId(id);
        field.setWidth("420px");
        field.getStyle().set("font-size", "24px");
        return field;
    }

    private void confirmScreen() {
        TutoringClass tutoringClass = chosenClass();
        ChildProfile profile = tutoring.profiles.of(child.id()).orElseThrow();
        var content = Ui.column(
                Ui.text(details(profile), 24),
                Ui.big(
                        context.message("kiosk.edit-profile"),
                        "tutoring-edit-profile",
                        () -> navigator.open(() -> profileScreen(false))));
        try {
            Enrolments.checkGrade(tutoringClass, profile);
        } catch (TutoringException refused) {
            content.addComponentAtIndex(0, Ui.notice(Ui.explain(context, refused), "tutoring-message"));
            navigator.show(context.message("kiosk.confirm.title"), content);
            return;
        }
        content.addComponentAtIndex(0, Ui.text(summary(tutoringClass), 26));
        var confirm = Ui.big(context.message("kiosk.confirm"), "tutoring-confirm", () -> confirm(tutoringClass));
        confirm.addClassName("primary-action");
        confirm.setDisableOnClick(true);
        content.add(confirm);
        navigator.show(context.message("kiosk.confirm.title"), content);
    }

    private String details(ChildProfile profile) {
        String school = profile.school().isEmpty() ? context.message("profile.school.none") : profile.school();
        return context.message(
                "kiosk.child.details",
                child.name(),
                Ui.grade(context, profile.grade()),
                school,
                profile.guardianPhone());
    }

    private String summary(TutoringClass tutoringClass) {
        Occupancy occupancy = tutoring.enrolments.occupancy(tutoringClass);
        String what = context.message(
                "kiosk.confirm.summary",
                child.name(),
                tutoringClass.name(),
                Ui.schedule(context, tutoringClass),
                tutoringClass.room(),
                Ui.term(context, tutoring.catalogue.termOf(tutoringClass)));
        String places = occupancy.free() > 0
                ? context.message("kiosk.confirm.free", occupancy.free())
                : context.message("kiosk.confirm.full", occupancy.waiting());
        return what + " " + places;
    }

    private void confirm(TutoringClass tutoringClass) {
        try {
            Place place = tutoring.enrolments.enrol(tutoringClass.id(), me(), child);
            navigator.open(() -> enrolledScreen(tutoringClass, place));
        } catch (TutoringException refused) {
            navigator.show(
                    context.message("kiosk.problem.title"),
                    Ui.notice(Ui.explain(context, refused), "tutoring-message"));
        }
    }

    private void enrolledScreen(TutoringClass tutoringClass, Place place) {
        String result = place.waiting()
                ? context.message("kiosk.result.waiting", child.name(), tutoringClass.name(), place.waitlistPosition())
                : context.message("kiosk.result.booked", child.name(), tutoringClass.name());
        var content = Ui.column(Ui.notice(result, "tutoring-result"));
        nextSessions(tutoringClass).ifPresent(content::add);
        content.add(
                Ui.big(context.message("kiosk.my-children"), "tutoring-my-children", () -> {
                    navigator.first();
                    navigator.open(this::myChildrenScreen);
                }),
                Ui.big(context.message("kiosk.done"), "tutoring-done", context::goHome));
        navigator.show(context.message("kiosk.result.title"), content);
    }

    // --- the children's classes -------------------------------------------------------------------

    void myChildrenScreen() {
        var content = Ui.column();
        if (doneNotice != null) {
            // Said once, right after the withdrawal, above the updated list.
            content.add(Ui.notice(doneNotice, "tutoring-result"));
            doneNotice = null;
        }
        for (ResidentInfo each : children) {
            content.add(childCard(each));
        }
        navigator.show(context.message("kiosk.my-children.title"), content);
    }

    private Component childCard(ResidentInfo each) {
        var card = Ui.card("tutoring-child-card-" + each.id(), Ui.text(each.name(), 28));
        tutoring.profiles.of(each.id()).ifPresent(profile -> card.add(Ui.text(Ui.grade(context, profile.grade()), 24)));
        card.add(Ui.big(context.message("kiosk.edit-profile"), "tutoring-edit-child-" + each.id(), () -> {
            child = each;
            navigator.open(() -> profileScreen(false));
        }));
        List<Place> places = tutoring.enrolments.placesOf(each.id());
        if (places.isEmpty()) {
            card.add(Ui.text(context.message("kiosk.my-children.none", each.name()), 24));
        }
        for (Place place : places) {
            tutoring.catalogue
                    .findClass(place.enrolment().classId())
                    .ifPresent(tutoringClass -> card.add(placeCard(each, tutoringClass, place)));
        }
        return card;
    }

    private Component placeCard(ResidentInfo each, TutoringClass tutoringClass, Place place) {
        String state = place.waiting()
                ? context.message("kiosk.place.waiting", place.waitlistPosition())
                : context.message("kiosk.place.booked");
        var card = Ui.card(
                "tutoring-place-" + tutoringClass.id() + "-" + each.id(),
                Ui.text(context.message("kiosk.place.title", tutoringClass.name(), state), 26),
                Ui.text(Ui.schedule(context, tutoringClass) + " · " + tutoringClass.room(), 24));
        if (place.booked()) {
            nextSessions(tutoringClass).ifPresent(card::add);
            card.add(attendance(tutoringClass, each));
        }
        Button withdraw = Ui.big(
                context.message("kiosk.withdraw"),
                "tutoring-withdraw-" + tutoringClass.id() + "-" + each.id(),
                () -> navigator.open(() -> withdrawScreen(tutoringClass, each)));
        card.add(withdraw);
        return card;
    }

    private Optional<Component> nextSessions(TutoringClass tutoringClass) {
        List<ClassSession> upcoming = tutoring.timetable.upcoming(
                tutoringClass,
                tutoring.catalogue.termOf(tutoringClass),
                context.clock().instant(),
                UPCOMING);
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        var list = Ui.column(Ui.text(context.message("kiosk.upcoming"), 24));
        upcoming.forEach(session -> list.add(Ui.text(Ui.session(context, session, tutoring.today()), 24)));
        return Optional.of(list);
    }

    private Component attendance(TutoringClass tutoringClass, ResidentInfo each) {
        List<Mark> marks = tutoring.book.marksOf(tutoringClass.id(), each.id());
        var list = Ui.column();
        list.setId("tutoring-attendance-" + tutoringClass.id() + "-" + each.id());
        if (marks.isEmpty()) {
            list.add(Ui.text(context.message("kiosk.attendance.none"), 24));
            return list;
        }
        long present = marks.stream().filter(Mark::present).count();
        int rate = Rate.percent(present, marks.size()).orElse(0);
        list.add(Ui.text(context.message("kiosk.attendance.rate", present, marks.size(), rate), 24));
        for (Mark mark : marks.reversed()) {
            String word = context.message(mark.present() ? "attendance.present" : "attendance.absent");
            list.add(Ui.text(context.message("kiosk.attendance.line", Ui.date(context, mark.date()), word), 24));
        }
        return list;
    }

    private void withdrawScreen(TutoringClass tutoringClass, ResidentInfo each) {
        var confirm = Ui.big(context.message("kiosk.withdraw.confirm"), "tutoring-withdraw-confirm", () -> {
            tutoring.enrolments.withdraw(tutoringClass.id(), each.id());
            doneNotice = context.message("kiosk.withdraw.done", each.name(), tutoringClass.name());
            navigator.back();
        });
        confirm.addClassName("primary-action");
        confirm.setDisableOnClick(true);
        navigator.show(
                context.message("kiosk.withdraw.title"),
                Ui.text(context.message("kiosk.withdraw.question", each.name(), tutoringClass.name()), 26),
                confirm);
    }
}
