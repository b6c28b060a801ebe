package org.happystation.points.rewards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.ledger.Points;

/** A single-use voucher: issued when points are redeemed, accepted once by staff, or cancelled for a refund. */
@Entity
public class Voucher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "reward_id", nullable = false, updatable = false)
    private long rewardId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(nullable = false, updatable = false)
    private long price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoucherStatus status;

    @Column(name = "redemption_key", nullable = false, unique = true, updatable = false)
    private String redemptionKey;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by")
    private String settledBy;

    @Version
    private long version;

    protected Voucher() {}

    Voucher(String code, long rewardId, long volunteerId, Points price, String redemptionKey, Instant issuedAt) {
        this.code = code;
        this.rewardId = rewardId;
        this.volunteerId = volunteerId;
        this.price = price.amount();
        this.redemptionKey = redemptionKey;
        this.issuedAt = issuedAt;
        this.status = VoucherStatus.ISSUED;
    }

    void accept(String by, Instant at) {
        requireIssued();
        status = VoucherStatus.ACCEPTED;
        settledBy = by;
        settledAt = at;
    }

    void cancel(String by, Instant at) {
        requireIssued();
        status = VoucherStatus.CANCELLED;
        settledBy = by;
        settledAt = at;
    }

    private void requireIssued() {
        if (status != VoucherStatus.ISSUED) {
            throw new PointsRefused(Reason.VOUCHER_NOT_USABLE, "Voucher " + code + " is " + status + " already.");
        }
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long rewardId() {
        return rewardId;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public Points price() {
        return Points.of(price);
    }

    public VoucherStatus status() {
        return status;
    }

    public String redemptionKey() {
        return redemptionKey;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String settledBy() {
        return settledBy;
    }
}
