/**
 * Integration tests on the WildFly that the build provisions (Arquillian, managed container): the REST
 * API and security from outside, persistence from inside. On PostgreSQL when {@code STATION_DB} is set.
 */
package org.happystation.kiosk.it;
