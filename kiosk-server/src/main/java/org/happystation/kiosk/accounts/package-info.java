/**
 * Accounts of the people who run stations: staff, station managers and city administrators, with their
 * role and station, and the first city administrator that the server creates on its first start.
 */
package org.happystation.kiosk.accounts;
