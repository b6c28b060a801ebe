package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.tutoring.domain.ClassFigures;
import org.happystation.plugins.tutoring.domain.Report;
import org.happystation.plugins.tutoring.domain.TutorFigures;

/** The manager's report on screen, and its CSV download. */
class ReportSection extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;

    ReportSection(AdminContext context, Tutoring tutoring) {
        this.context = context;
        this.tutoring = tutoring;
        setId("tutoring-admin-report-section");
        Report report = report();
        var classes = new Div();
        classes.setId("tutoring-admin-report-classes");
        report.classes().forEach(figures -> classes.add(classLine(figures)));
        var tutors = new Div();
        tutors.setId("tutoring-admin-report-tutors");
        report.tutors().forEach(figures -> tutors.add(tutorLine(figures)));
        add(
                new H3(context.message("admin.report.classes")),
                classes,
                new H3(context.message("admin.report.tutors")),
                tutors,
                csvLink());
    }

    private Report report() {
        return Report.of(tutoring.catalogue, tutoring.enrolments, tutoring.book);
    }

    private Component classLine(ClassFigures figures) {
        var rate = figures.attendanceRate();
        String rateText = rate.isPresent() ? rate.getAsInt() + "%" : context.message("admin.report.no-rate");
        var line = new Paragraph(context.message(
                "admin.report.class-line",
                figures.tutoringClass().name(),
                figures.enrolled(),
                figures.tutoringClass().capacity(),
                figures.waitlisted(),
                figures.sessionsHeld(),
                rateText));
        line.setId("tutoring-admin-report-class-" + figures.tutoringClass().id());
        return line;
    }

    private Component tutorLine(TutorFigures figures) {
        var line = new Paragraph(context.message(
                "admin.report.tutor-line",
                figures.tutor().name(),
                figures.sessions(),
                figures.hours(),
                figures.points(),
                figures.awaitingReview()));
        line.setId("tutoring-admin-report-tutor-" + figures.tutor().residentId());
        return line;
    }

    private Anchor csvLink() {
        DownloadHandler csv = event -> {
            byte[] bytes = report().toCsv(key -> context.message(key));
            event.setFileName("tutoring-" + tutoring.today() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        var link = new Anchor(csv, AttachmentType.DOWNLOAD, context.message("admin.report.csv"));
        link.setId("tutoring-admin-report-csv");
        return link;
    }
}
