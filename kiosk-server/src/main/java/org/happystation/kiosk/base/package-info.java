/**
 * What every feature of the station server stands on: its settings and data directory, the schema
 * migrations applied at start, slow hashing of passwords and PINs, and protection of personal fields.
 */
package org.happystation.kiosk.base;
