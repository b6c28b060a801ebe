/**
 * Volunteer points: the national volunteer-hours record, QR check-in, the points ledger and rewards.
 * Knows nothing of the kiosk or of plugins; the kiosk server wires it in (DESIGN.md "Modules").
 */
package org.happystation.points;
