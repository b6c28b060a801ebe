package org.happystation.plugins.tutoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugin.api.VolunteerWork;
import org.happystation.plugin.api.VolunteerWork.Recorded;
import org.happystation.plugin.api.VolunteerWork.ServiceGiven;
import org.happystation.plugin.api.VolunteerWork.ServiceKind;

/**
 * Saves a session's attendance and records the session as the tutor's volunteer service, once.
 *
 * <p>Saving again corrects the attendance and the note; the hours stay as first recorded (the host's
 * volunteer record is also idempotent by the key {@code tutoring-<classId>-<date>}). Hours that could not be
 * recorded (saved before the session began, or with volunteer records unavailable) are tried again at the
 * next save. The service ends at the scheduled end, or now when the tutor ends the session early, since the
 * record holds the time actually given and never a time still to come.
 */
public final class SessionClosing {

    /** Who took attendance. */
    public enum TakenBy {
        /** The tutor, signed in at a kiosk of the station. */
        TUTOR,
        /** A staff member in the console, who confirms the session took place. */
        STAFF
    }

    private static final int ATTEMPTS = 5;

    private final AttendanceBook book;
    private final VolunteerWork volunteerWork;
    private final Clock clock;

    public SessionClosing(AttendanceBook book, VolunteerWork volunteerWork, Clock clock) {
        this.book = book;
        this.volunteerWork = volunteerWork;
        this.clock = clock;
    }

    /**
     * Saves the sheet and records the tutor's hours if not yet recorded.
     *
     * @param savedBy the tutor's name or the staff member's user name
     * @param tutorTaught whether the tutor gave the session (a staff member says so; a tutor always did)
     * @throws TutoringException when the session lies in the future or the note is too long; nothing is saved
     */
    public SessionRecord save(AttendanceSheet sheet, TakenBy takenBy, String savedBy, boolean tutorTaught) {
        check(sheet);
        SessionRecord saved = saveAttendance(sheet, savedBy);
        if (saved.hours().recorded()) {
            return saved;
        }
        HoursOutcome outcome = recordHours(sheet, saved, takenBy, tutorTaught);
        return saveHours(sheet.session(), outcome);
    }

    private void check(AttendanceSheet sheet) {
        if (sheet.session().date().isAfter(today())) {
            throw new TutoringException("session.in-future");
        }
        if (sheet.note().length() > AttendanceSheet.NOTE_LENGTH) {
            throw new TutoringException("session.note-too-long", AttendanceSheet.NOTE_LENGTH);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private SessionRecord saveAttendance(AttendanceSheet sheet, String savedBy) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<SessionRecord> earlier = book.find(sheet.session());
            var record = new SessionRecord(
                    earlier.map(SessionRecord::id).orElse(""),
                    earlier.map(SessionRecord::version).orElse(0L),
                    sheet.session().key(),
                    sheet.tutoringClass().id(),
                    sheet.session().date(),
                    sheet.presentIds(),
                    sheet.absentIds(),
                    sheet.note(),
                    savedBy,
                    clock.instant(),
                    tutorOf(sheet, earlier),
                    earlier.map(SessionRecord::hours).orElse(HoursState.NOT_STARTED),
                    earlier.map(SessionRecord::minutes).orElse(0),
                    earlier.map(SessionRecord::points).orElse(0L));
            try {
                SessionRecord saved = book.save(record);
                if (earlier.isEmpty()
                        && !book.find(sheet.session()).orElseThrow().id().equals(saved.id())) {
                    // Two screens saved the first time at once: keep the older record, write into it again.
                    book.delete(saved);
                    continue;
                }
                return saved;
            } catch (ConcurrentChangeException changed) {
                // Someone saved the same session meanwhile: read it again and write over it.
            }
        }
        throw new TutoringException("session.try-again");
    }

    /** The tutor whose hours the session gives: as recorded, or the class's tutor now. */
    private static Tutor tutorOf(AttendanceSheet sheet, Optional<SessionRecord> earlier) {
        return earlier.filter(record -> record.hours().recorded())
                .map(SessionRecord::tutor)
                .orElse(sheet.tutoringClass().tutor());
    }

    private record HoursOutcome(HoursState state, int minutes, long points) {}

    private HoursOutcome recordHours(AttendanceSheet sheet, SessionRecord saved, TakenBy takenBy, boolean tutorTaught) {
        TutoringClass tutoringClass = sheet.tutoringClass();
        ClassSession session = sheet.session();
        Instant start = session.startsAt(clock.getZone());
        Instant now = clock.instant();
        if (saved.tutor().residentId() == 0) {
            return new HoursOutcome(HoursState.NO_TUTOR, 0, 0);
        }
        if (!tutorTaught) {
            return new HoursOutcome(HoursState.TUTOR_ABSENT, 0, 0);
        }
        if (!volunteerWork.available()) {
            return new HoursOutcome(HoursState.UNAVAILABLE, 0, 0);
        }
        if (!now.isAfter(start)) {
            return new HoursOutcome(HoursState.NOT_STARTED, 0, 0);
        }
        Instant end = session.endsAt(clock.getZone()).isAfter(now) ? now : session.endsAt(clock.getZone());
        boolean confirmed = takenBy == TakenBy.STAFF || session.date().equals(today());
        var service = new ServiceGiven(
                saved.tutor().resident(),
                ServiceKind.TUTORING,
                "课后辅导：" + tutoringClass.name(),
                content(tutoringClass, saved),
                start,
                end,
                confirmed,
                "tutoring-" + session.key());
        try {
            Recorded recorded = volunteerWork.record(service);
            HoursState state = recorded.approved() ? HoursState.RECORDED : HoursState.AWAITING_REVIEW;
            return new HoursOutcome(state, recorded.minutes(), recorded.points());
        } catch (IllegalArgumentException notAVolunteer) {
            return new HoursOutcome(HoursState.NOT_A_VOLUNTEER, 0, 0);
        } catch (IllegalStateException unavailable) {
            return new HoursOutcome(HoursState.UNAVAILABLE, 0, 0);
        }
    }

    /**
     * The record's content, in Chinese whatever the kiosk's language: the volunteer record is the station's
     * official record, kept in the staff's language like the staff notifications.
     */
    private static String content(TutoringClass tutoringClass, SessionRecord saved) {
        return "辅导" + tutoringClass.subject() + "，" + saved.present().size() + " 名学生出勤";
    }

    private SessionRecord saveHours(ClassSession session, HoursOutcome outcome) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionRecord current = book.find(session).orElseThrow();
            if (current.hours().recorded()) {
                return current;
            }
            try {
                return book.save(current.withHours(outcome.state(), outcome.minutes(), outcome.points()));
            } catch (ConcurrentChangeException changed) {
                // Saved again meanwhile: put the hours into the newer attendance.
            }
        }
        throw new TutoringException("session.try-again");
    }
}
