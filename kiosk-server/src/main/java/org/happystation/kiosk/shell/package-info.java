/**
 * The resident side of the kiosk: which kiosk and station a browser is, the session of the resident who
 * uses it now, and the home-screen tiles of the station's services.
 */
package org.happystation.kiosk.shell;
