package org.happystation.points.rewards;

public enum VoucherStatus {
    ISSUED,
    ACCEPTED,
    CANCELLED
}
