/**
 * The after-school tutoring (课后辅导, after the community's 育英家) plugin: the kiosk screen where a parent
 * enrols a linked child in a free class taught by a volunteer and follows their sessions and attendance, and
 * where the tutor takes attendance and ends a session (recorded as their volunteer service); the staff's
 * work screen of today's sessions; the manager's screen of classes, terms, rooms, tutors and the report. All
 * extensions live in this package so that one message bundle serves them; the rules are in {@code domain}.
 */
package org.happystation.plugins.tutoring;
