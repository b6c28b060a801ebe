package org.happystation.plugins.eldercare.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time a service can be booked, as its working plan gives it: the local date and clock times at the
 * station, and the instants they are in the station's time zone. It becomes a host slot only when
 * somebody books it.
 */
public record CandidateSlot(LocalDate day, LocalTime start, LocalTime end, Instant startsAt, Instant endsAt) {}
