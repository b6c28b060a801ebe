/**
 * Check-in and check-out: rotating QR codes signed with the station's key that kiosks show, the
 * volunteer's printed card for staff to scan, manual check-in by staff, and the closing of forgotten
 * check-outs. Each (volunteer, code) is accepted once, cluster-wide: a shared cache in front and a unique
 * key in the database behind.
 */
package org.happystation.points.checkin;
