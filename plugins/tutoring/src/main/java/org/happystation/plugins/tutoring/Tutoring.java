package org.happystation.plugins.tutoring;

import java.time.LocalDate;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.tutoring.domain.AttendanceBook;
import org.happystation.plugins.tutoring.domain.Catalogue;
import org.happystation.plugins.tutoring.domain.ChildProfiles;
import org.happystation.plugins.tutoring.domain.Enrolments;
import org.happystation.plugins.tutoring.domain.SampleClasses;
import org.happystation.plugins.tutoring.domain.SessionClosing;
import org.happystation.plugins.tutoring.domain.Timetable;

/** The domain objects of one call, over that call's host services. */
final class Tutoring {

    final PluginContext context;
    final Catalogue catalogue;
    final Enrolments enrolments;
    final ChildProfiles profiles;
    final AttendanceBook book;
    final Timetable timetable;

    private Tutoring(PluginContext context) {
        this.context = context;
        this.catalogue = new Catalogue(context.records());
        this.enrolments = new Enrolments(context.records(), context.reservations(), context.clock());
        this.profiles = new ChildProfiles(context.records());
        this.book = new AttendanceBook(context.records());
        this.timetable = new Timetable(context.clock().getZone());
    }

    /** The services, with the sample classes at a station that never had any. */
    static Tutoring of(PluginContext context) {
        SampleClasses.seedIfNew(context.records(), LocalDate.now(context.clock()));
        return new Tutoring(context);
    }

    SessionClosing closing() {
        return new SessionClosing(book, context.volunteerWork(), context.clock());
    }

    LocalDate today() {
        return LocalDate.now(context.clock());
    }
}
