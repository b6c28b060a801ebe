package org.happystation.kiosk.residents;

/** Identity of a resident. */
public record ResidentId(long value) {}
