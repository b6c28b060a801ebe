package org.happystation.points.volunteers;

/** Registered on a phone: pending until a manager approves. Suspended volunteers cannot check in. */
public enum VolunteerStatus {
    PENDING,
    ACTIVE,
    SUSPENDED
}
