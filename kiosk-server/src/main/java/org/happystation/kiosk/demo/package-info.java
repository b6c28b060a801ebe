/**
 * The demo station seeded into an empty database when {@code STATION_DEMO=true}: 灵西社区 with its
 * service points as DOMAIN.md describes them, a second station, made-up residents, staff and volunteers.
 */
package org.happystation.kiosk.demo;
