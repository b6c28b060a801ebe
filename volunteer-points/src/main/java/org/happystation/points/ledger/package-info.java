/**
 * The points ledger: double-entry transactions between accounts (the issuing account, volunteers'
 * wallets, each station's reward and service accounts, the community fund). Every transaction's entries
 * sum to zero and carry one idempotency key; a wallet never goes below zero; nothing is changed or deleted,
 * corrections are reversing transactions. {@link LedgerCheck} proves it on the live data.
 */
package org.happystation.points.ledger;
