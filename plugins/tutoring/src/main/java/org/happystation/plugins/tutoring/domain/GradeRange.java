package org.happystation.plugins.tutoring.domain;

/**
 * The school grades a class takes, from 一年级 (1) to 九年级 (9), both ends included.
 *
 * @param from the lowest grade taken
 * @param to the highest grade taken
 */
public record GradeRange(int from, int to) {

    /** The lowest grade of compulsory schooling (一年级). */
    public static final int FIRST = 1;

    /** The highest grade of compulsory schooling (九年级). */
    public static final int LAST = 9;

    public GradeRange {
        if (!valid(from) || !valid(to) || from > to) {
            throw new TutoringException("class.grades-invalid");
        }
    }

    /** Whether a grade is one of 一年级 … 九年级. */
    public static boolean valid(int grade) {
        return grade >= FIRST && grade <= LAST;
    }

    /** Whether a child in {@code grade} may join. */
    public boolean includes(int grade) {
        return grade >= from && grade <= to;
    }
}
