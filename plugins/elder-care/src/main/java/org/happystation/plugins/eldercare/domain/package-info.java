/**
 * The elder-care rules without any screen: the services and their working plans, the time slots those
 * plans give in the station's time zone, who may use a service (age, mobility, an address for home
 * services), bookings for oneself or a linked elder with the host's waitlist, the care workers' actions
 * (check-in, no-show, completion with the volunteer's hours) and the weekly report. Plain classes over the
 * host's narrow interfaces, so plain JUnit tests drive them with small in-memory stores.
 */
package org.happystation.plugins.eldercare.domain;
