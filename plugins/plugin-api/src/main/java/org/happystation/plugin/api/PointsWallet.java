package org.happystation.plugin.api;

/**
 * A resident's volunteer points, for services that accept them as payment. Every charge carries an
 * idempotency key: charging twice with the same key charges once, so a double click never pays twice.
 */
public interface PointsWallet {

    /**
     * Whether points can be used on this server. When false, every other method throws
     * {@link PointsUnavailableException}; show the resident another way to pay.
     */
    boolean available();

    /** The resident's balance in whole points. */
    long balance(ResidentInfo resident);

    /**
     * Takes points from the resident's wallet; refuses (with {@link IllegalStateException}) a charge
     * larger than the balance.
     *
     * @param idempotencyKey unique per intended charge, for example {@code "canteen-order-" + orderId}
     * @param reason what the points pay for, shown in the resident's statement
     */
    void charge(ResidentInfo resident, long points, String idempotencyKey, String reason);

    /** Gives back the points of an earlier charge, for example when an order is cancelled. */
    void refund(String idempotencyKeyOfCharge, String reason);

    /** Thrown by a wallet that is not {@linkplain #available() available}. */
    class PointsUnavailableException extends RuntimeException {
        public PointsUnavailableException(String message) {
            super(message);
        }
    }
}
