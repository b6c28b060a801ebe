package org.happystation.points.base;

import java.util.Objects;

/**
 * The volunteer module said no, and nothing changed. The {@link Reason} is what views translate into a full
 * sentence in the reader's language ({@code refused.REASON} in the module's messages); the message is
 * English detail for logs and API callers.
 */
public class PointsRefused extends IllegalStateException {

    public enum Reason {
        NOT_PERMITTED,
        NOT_FOUND,
        INVALID_INPUT,
        ALREADY_REGISTERED,
        VOLUNTEER_NOT_ACTIVE,
        CODE_FORGED,
        CODE_EXPIRED,
        CODE_NOT_YET_VALID,
        CODE_REPLAYED,
        CODE_OTHER_STATION,
        ACTIVITY_NOT_STARTED,
        ACTIVITY_OVER,
        ACTIVITY_FULL,
        CHECKED_IN_ELSEWHERE,
        RECORD_LOCKED,
        INSUFFICIENT_POINTS,
        OUT_OF_STOCK,
        LIMIT_REACHED,
        VOUCHER_NOT_USABLE,
        KEY_REUSED
    }

    private final Reason reason;

    public PointsRefused(Reason reason, String detail) {
        super(detail);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
