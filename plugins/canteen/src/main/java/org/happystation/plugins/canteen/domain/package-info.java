/**
 * The canteen's rules without any screen: prices by age tier with the daily subsidy and points, orders
 * from placing to collection (seats through the host's reservations, points through its wallet), menus,
 * the list of residents who get meals delivered, and the daily report. Plain classes over the host's
 * narrow interfaces, so plain JUnit tests drive them with small in-memory stores.
 */
package org.happystation.plugins.canteen.domain;
