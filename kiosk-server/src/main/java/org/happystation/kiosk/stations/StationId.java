package org.happystation.kiosk.stations;

/** Identity of a station, the unit that owns kiosks, residents and staff. */
public record StationId(long value) {}
