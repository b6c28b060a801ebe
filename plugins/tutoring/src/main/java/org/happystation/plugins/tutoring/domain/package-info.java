/**
 * The tutoring service's rules without any screen: classes with their term, weekly schedule and grade range;
 * the sessions that follow from them in the station's time zone; children's profiles; enrolment through the
 * host's reservations (one slot per class, so a class is never over-full and its waitlist promotes by
 * itself); attendance per session and the tutor's hours recorded once per session; the manager's report.
 * Plain classes over the host's narrow interfaces, so plain JUnit tests drive them with in-memory stores.
 */
package org.happystation.plugins.tutoring.domain;
