package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.tutoring.domain.AttendanceSheet;
import org.happystation.plugins.tutoring.domain.ClassSession;
import org.happystation.plugins.tutoring.domain.Pupil;
import org.happystation.plugins.tutoring.domain.SessionClosing.TakenBy;
import org.happystation.plugins.tutoring.domain.SessionRecord;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.happystation.plugins.tutoring.domain.TutoringException;

/** The tutor's screens at the kiosk: their classes' sessions, then a session's attendance and its end. */
class TutorScreens {

    /** Today's session and the ones before it: enough for a late entry or a correction. */
    private static final int SESSIONS_SHOWN = 6;

    private final KioskContext context;
    private final Tutoring tutoring;
    private final Navigator navigator;

    TutorScreens(KioskContext context, Tutoring tutoring, Navigator navigator) {
        this.context = context;
        this.tutoring = tutoring;
        this.navigator = navigator;
    }

    private ResidentInfo me() {
        return context.resident().orElseThrow();
    }

    void classesScreen() {
        var content = Ui.column();
        for (TutoringClass each : tutoring.catalogue.taughtBy(me().id())) {
            content.add(classCard(each));
        }
        navigator.show(context.message("teach.title"), content);
    }

    private Component classCard(TutoringClass tutoringClass) {
        var card = Ui.card(
                "tutoring-teach-class-" + tutoringClass.id(),
                Ui.text(tutoringClass.name(), 28),
                Ui.text(Ui.schedule(context, tutoringClass) + " · " + tutoringClass.room(), 24));
        List<ClassSession> sessions = tutoring.timetable.forAttendance(
                tutoringClass, tutoring.catalogue.termOf(tutoringClass), tutoring.today(), SESSIONS_SHOWN);
        if (sessions.isEmpty()) {
            card.add(Ui.text(context.message("teach.no-sessions"), 24));
        }
        for (ClassSession session : sessions) {
            boolean saved = tutoring.book.find(session).isPresent();
            String label = Ui.session(context, session, tutoring.today())
                    + (saved ? context.message("teach.session.saved") : "");
            card.add(Ui.big(
                    label,
                    "tutoring-session-" + session.key(),
                    () -> navigator.open(() -> sessionScreen(tutoringClass, session))));
        }
        return card;
    }

    private void sessionScreen(TutoringClass tutoringClass, ClassSession session) {
        List<Pupil> roster = tutoring.enrolments.roster(tutoringClass);
        Optional<SessionRecord> earlier = tutoring.book.find(session);
        var form = new AttendanceForm(
                context,
                roster,
                earlier.map(r -> Set.copyOf(r.present())).orElse(Set.of()),
                earlier.map(SessionRecord::note).orElse(""),
                24);
        form.onSave(
                filled -> save(new AttendanceSheet(tutoringClass, session, roster, filled.present(), filled.note())));
        navigator.show(
                context.message(
                        "teach.session.title", tutoringClass.name(), Ui.session(context, session, tutoring.today())),
                form);
    }

    private void save(AttendanceSheet sheet) {
        try {
            SessionRecord saved = tutoring.closing().save(sheet, TakenBy.TUTOR, me().name(), true);
            navigator.open(() -> savedScreen(saved));
        } catch (TutoringException refused) {
            navigator.show(
                    context.message("kiosk.problem.title"),
                    Ui.notice(Ui.explain(context, refused), "tutoring-message"));
        }
    }

    private void savedScreen(SessionRecord saved) {
        navigator.show(
                context.message("teach.saved.title"),
                Ui.notice(Outcome.attendance(context, saved), "tutoring-result"),
                Ui.notice(Outcome.hours(context, saved), "tutoring-hours"),
                Ui.big(context.message("teach.saved.more"), "tutoring-teach", () -> {
                    navigator.first();
                    navigator.open(this::classesScreen);
                }),
                Ui.big(context.message("kiosk.done"), "tutoring-done", context::goHome));
    }
}
