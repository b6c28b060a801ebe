/**
 * How the station server runs the volunteer module (DESIGN.md "Modules": kiosk-server → volunteer-points):
 * it gives the module personal-data protection, password hashing and the check-in secret, tells it who
 * is asking ({@link org.happystation.points.base.Operator}), closes forgotten check-outs on a timer, and
 * adapts the module's ledger to the plugin API's points wallet.
 */
package org.happystation.kiosk.volunteering;
