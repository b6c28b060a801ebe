/**
 * The points ledger: amounts of points and, as the volunteer module grows, the double-entry
 * transactions that move them between wallets without ever losing or double-spending one.
 */
package org.happystation.points.ledger;
