/**
 * Who may do what: the five roles, the acting user ({@link org.happystation.kiosk.security.Actor}) that
 * services check and record, the Jakarta Security mechanism and database identity store behind the
 * manager console and the REST API, and the limits on failed sign-ins.
 */
package org.happystation.kiosk.security;
