/**
 * The volunteer's pages at {@code /v}, made for a phone: sign-in and registration, confirming a scanned
 * check-in code, the hours record with corrections, the points statement, rewards and vouchers, and the
 * personal volunteer card. Texts are this module's own ({@code messages*.properties}), Chinese first.
 */
package org.happystation.points.ui;
