package org.happystation.points.records;

/** Declined records are kept, not deleted; approved ones are locked. */
public enum RecordStatus {
    PENDING,
    APPROVED,
    DECLINED
}
