/**
 * The volunteer module's REST resources under {@code /api/points}: scan, volunteers, activities, hours
 * records and approvals, wallets, rewards and vouchers, and the ledger check. Who is asking arrives as an
 * injected {@link org.happystation.points.base.Operator}, which the server that runs the module provides.
 */
package org.happystation.points.api;
