package org.happystation.kiosk.accounts;

/** An account's role, station or enabled state changed: whatever remembers who it is must forget it. */
public record AccountChanged(String username) {}
