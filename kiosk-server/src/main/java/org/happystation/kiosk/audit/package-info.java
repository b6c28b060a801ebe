/**
 * The audit log: who changed what, and when, in stations, kiosks, residents and accounts. Entries are
 * written in the same transaction as the change and never edited; the city administrator reads them.
 */
package org.happystation.kiosk.audit;
