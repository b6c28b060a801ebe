/**
 * Notifications to a station's staff: raised by plugins (and later by the kiosk's "call staff" button),
 * shown live in the staff console until someone marks them handled.
 */
package org.happystation.kiosk.notifications;
