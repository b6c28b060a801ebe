package org.happystation.plugins.tutoring.domain;

import java.util.List;
import java.util.Set;

/**
 * Attendance as taken on screen for one session: the roster, the children marked present, and a note.
 *
 * @param roster the children with a place, as shown
 * @param present the ids of those marked present; ids not on the roster are ignored
 */
public record AttendanceSheet(
        TutoringClass tutoringClass, ClassSession session, List<Pupil> roster, Set<Long> present, String note) {

    /** The longest note kept. */
    public static final int NOTE_LENGTH = 500;

    public AttendanceSheet {
        roster = List.copyOf(roster);
        present = Set.copyOf(present);
        note = note == null ? "" : note.strip();
    }

    List<Long> presentIds() {
        return roster.stream().map(Pupil::childId).filter(present::contains).toList();
    }

    List<Long> absentIds() {
        return roster.stream()
                .map(Pupil::childId)
                .filter(id -> !present.contains(id))
                .toList();
    }
}
