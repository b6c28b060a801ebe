/**
 * Stations of a city and the kiosks registered to them: a station's details and service points, the
 * order of its home-screen tiles, and the one-time-code registration that ties a kiosk's browser to
 * its station with a device token.
 */
package org.happystation.kiosk.stations;
