/**
 * Weekly figures for managers: hours of service by category, and points issued, spent and outstanding;
 * what the console draws as charts and exports.
 */
package org.happystation.points.reports;
