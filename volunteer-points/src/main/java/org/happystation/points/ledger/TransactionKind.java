package org.happystation.points.ledger;

public enum TransactionKind {
    /** Points for an approved service record. */
    CREDIT,
    /** A reward redeemed for a voucher. */
    REDEEM,
    /** A station service (a plugin) charged the wallet. */
    CHARGE,
    /** Points given back: an unused voucher cancelled, a charge refunded. */
    REFUND,
    /** A volunteer donated points to the community fund. */
    DONATION,
    /** A manager granted points from the community fund. */
    GRANT,
    /** A volunteer gave points to a linked relative (time-bank practice: 通存通兑, gifts to family). */
    GIFT,
    /** Undoes an earlier transaction, entry by entry. */
    REVERSAL
}
