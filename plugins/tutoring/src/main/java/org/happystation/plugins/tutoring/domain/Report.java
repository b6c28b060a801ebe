package org.happystation.plugins.tutoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The manager's report: each class's enrolment and attendance, and each tutor's hours. */
public record Report(List<ClassFigures> classes, List<TutorFigures> tutors) {

    public Report {
        classes = List.copyOf(classes);
        tutors = List.copyOf(tutors);
    }

    /** The figures of every class (closed ones too) and of every tutor now. */
    public static Report of(Catalogue catalogue, Enrolments enrolments, AttendanceBook book) {
        var classes = new ArrayList<ClassFigures>();
        for (TutoringClass each : catalogue.classes()) {
            classes.add(figures(each, enrolments.occupancy(each), book.ofClass(each.id())));
        }
        return new Report(classes, tutorFigures(catalogue.tutors(), book.all()));
    }

    static ClassFigures figures(TutoringClass tutoringClass, Occupancy occupancy, List<SessionRecord> held) {
        int present = held.stream().mapToInt(s -> s.present().size()).sum();
        int absent = held.stream().mapToInt(s -> s.absent().size()).sum();
        return new ClassFigures(tutoringClass, occupancy.booked(), occupancy.waiting(), held.size(), present, absent);
    }

    static List<TutorFigures> tutorFigures(List<Tutor> tutors, List<SessionRecord> held) {
        Map<Long, TutorFigures> byTutor = new LinkedHashMap<>();
        tutors.forEach(tutor -> byTutor.put(tutor.residentId(), new TutorFigures(tutor, 0, 0, 0, 0)));
        for (SessionRecord session : held) {
            if (!session.hours().recorded()) {
                continue;
            }
            Tutor tutor = session.tutor();
            TutorFigures sum = byTutor.getOrDefault(tutor.residentId(), new TutorFigures(tutor, 0, 0, 0, 0));
            int review = session.hours() == HoursState.AWAITING_REVIEW ? 1 : 0;
            byTutor.put(
                    tutor.residentId(),
                    new TutorFigures(
                            sum.tutor(),
                            sum.sessions() + 1,
                            sum.minutes() + session.minutes(),
                            sum.points() + session.points(),
                            sum.awaitingReview() + review));
        }
        return List.copyOf(byTutor.values());
    }

    /**
     * The report as CSV: the classes, an empty line, the tutors. Headings and words come through
     * {@code label} (message keys to the manager's language); the grade range and rates are numbers.
     */
    public byte[] toCsv(Function<String, String> label) {
        var lines = new ArrayList<List<String>>();
        lines.add(List.of(
                label.apply("report.col.class"),
                label.apply("report.col.subject"),
                label.apply("report.col.grades"),
                label.apply("report.col.tutor"),
                label.apply("report.col.capacity"),
                label.apply("report.col.enrolled"),
                label.apply("report.col.waitlisted"),
                label.apply("report.col.sessions"),
                label.apply("report.col.rate")));
        for (ClassFigures figures : classes) {
            TutoringClass each = figures.tutoringClass();
            lines.add(List.of(
                    each.name(),
                    each.subject(),
                    each.grades().from() + "-" + each.grades().to(),
                    each.hasTutor() ? each.tutor().name() : label.apply("class.tutor-none"),
                    String.valueOf(each.capacity()),
                    String.valueOf(figures.enrolled()),
                    String.valueOf(figures.waitlisted()),
                    String.valueOf(figures.sessionsHeld()),
                    percent(figures)));
        }
        lines.add(List.of());
        lines.add(List.of(
                label.apply("report.col.tutor"),
                label.apply("report.col.tutor-sessions"),
                label.apply("report.col.minutes"),
                label.apply("report.col.hours"),
                label.apply("report.col.points"),
                label.apply("report.col.review")));
        for (TutorFigures figures : tutors) {
            lines.add(List.of(
                    figures.tutor().name(),
                    String.valueOf(figures.sessions()),
                    String.valueOf(figures.minutes()),
                    figures.hours(),
                    String.valueOf(figures.points()),
                    String.valueOf(figures.awaitingReview())));
        }
        return Csv.write(lines);
    }

    private static String percent(ClassFigures figures) {
        var rate = figures.attendanceRate();
        return rate.isPresent() ? rate.getAsInt() + "%" : "";
    }
}
