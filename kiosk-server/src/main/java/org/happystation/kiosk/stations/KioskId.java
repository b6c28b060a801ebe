package org.happystation.kiosk.stations;

/** Identity of a registered kiosk device. */
public record KioskId(long value) {}
