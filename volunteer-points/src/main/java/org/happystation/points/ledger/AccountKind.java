package org.happystation.points.ledger;

/** Only the issuing account goes below zero: its negative balance is all points in circulation. */
public enum AccountKind {
    ISSUING,
    WALLET,
    FUND,
    REWARDS,
    SERVICES
}
