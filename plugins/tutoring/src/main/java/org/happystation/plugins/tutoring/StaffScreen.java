package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.tutoring.domain.AttendanceSheet;
import org.happystation.plugins.tutoring.domain.ClassSession;
import org.happystation.plugins.tutoring.domain.Pupil;
import org.happystation.plugins.tutoring.domain.SessionClosing.TakenBy;
import org.happystation.plugins.tutoring.domain.SessionRecord;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.happystation.plugins.tutoring.domain.TutoringException;

/**
 * The staff's work screen: today's sessions of the station with their rosters and attendance, so that a
 * staff member takes attendance when the tutor cannot. Staff confirm the session, so the tutor's hours count
 * at once when the tutor taught it.
 */
class StaffScreen extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;

    StaffScreen(AdminContext context) {
        this.context = context;
        this.tutoring = Tutoring.of(context);
        setId("tutoring-staff");
        getStyle().set("font-size", "18px");
        listScreen();
    }

    private void listScreen() {
        removeAll();
        add(new H2(context.message("staff.title", Ui.date(context, tutoring.today()))));
        int shown = 0;
        for (TutoringClass each : tutoring.catalogue.openClasses()) {
            Optional<ClassSession> today =
                    tutoring.timetable.sessionOn(each, tutoring.catalogue.termOf(each), tutoring.today());
            if (today.isPresent()) {
                add(sessionLine(each, today.get()));
                shown++;
            }
        }
        if (shown == 0) {
            add(Ui.text(context.message("staff.none"), 18));
        }
    }

    private Component sessionLine(TutoringClass tutoringClass, ClassSession session) {
        List<Pupil> roster = tutoring.enrolments.roster(tutoringClass);
        Optional<SessionRecord> saved = tutoring.book.find(session);
        String state =
                saved.map(record -> Outcome.attendance(context, record)).orElse(context.message("staff.not-taken"));
        var open = new Button(context.message("staff.take"), click -> sessionScreen(tutoringClass, session));
        open.setId("tutoring-staff-session-" + tutoringClass.id());
        return Ui.card(
                "tutoring-staff-line-" + tutoringClass.id(),
                new H3(tutoringClass.name()),
                Ui.text(
                        context.message(
                                "staff.line",
                                Ui.session(context, session, tutoring.today()),
                                tutoringClass.room(),
                                Ui.tutor(context, tutoringClass),
                                roster.size()),
                        18),
                Ui.text(state, 18),
                open);
    }

    private void sessionScreen(TutoringClass tutoringClass, ClassSession session) {
        removeAll();
        List<Pupil> roster = tutoring.enrolments.roster(tutoringClass);
        Optional<SessionRecord> earlier = tutoring.book.find(session);
        var taught = new Checkbox(context.message("staff.tutor-taught", Ui.tutor(context, tutoringClass)), true);
        taught.setId("tutoring-staff-tutor-taught");
        taught.setVisible(tutoringClass.hasTutor());
        var form = new AttendanceForm(
                context,
                roster,
                earlier.map(r -> Set.copyOf(r.present())).orElse(Set.of()),
                earlier.map(SessionRecord::note).orElse(""),
                18);
        var result = new Div();
        result.setId("tutoring-staff-result");
        form.onSave(filled -> save(
                new AttendanceSheet(tutoringClass, session, roster, filled.present(), filled.note()),
                taught.getValue(),
                result));
        var back = new Button(context.message("staff.back"), click -> listScreen());
        back.setId("tutoring-staff-back");
        add(
                new H2(tutoringClass.name() + " · " + Ui.session(context, session, tutoring.today())),
                result,
                taught,
                form,
                back);
    }

    private void save(AttendanceSheet sheet, boolean tutorTaught, Div result) {
        result.removeAll();
        try {
            SessionRecord saved = tutoring.closing().save(sheet, TakenBy.STAFF, context.actor(), tutorTaught);
            result.add(
                    Ui.notice(Outcome.attendance(context, saved), "tutoring-result"),
                    Ui.notice(Outcome.hours(context, saved), "tutoring-hours"));
        } catch (TutoringException refused) {
            result.add(Ui.notice(Ui.explain(context, refused), "tutoring-message"));
        }
    }
}
