/**
 * Benchmarks that must run inside the server (they use its services and datasource). They are not tests:
 * {@code ./mvnw verify} skips them; {@code deploy/bench/*} scripts run them and print their figures.
 */
package org.happystation.kiosk.bench;
