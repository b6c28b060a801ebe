package org.happystation.points.ledger;

import java.util.Objects;

/**
 * A ledger account by what it is for, named by its holder: {@code volunteer-12}, {@code rewards-station-3}.
 * Accounts are opened on first use.
 */
public record Account(AccountKind kind, String holder) {

    public static final Account ISSUING = new Account(AccountKind.ISSUING, "issuing");
    public static final Account COMMUNITY_FUND = new Account(AccountKind.FUND, "community-fund");

    public Account {
        Objects.requireNonNull(kind);
        if (holder == null || !holder.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("An account holder is 1 to 64 lower-case letters, digits or dashes.");
        }
    }

    public static Account walletOfVolunteer(long volunteerId) {
        return new Account(AccountKind.WALLET, "volunteer-" + volunteerId);
    }

    /**
     * The wallet of a resident who is not a volunteer: it holds points given by a volunteer relative or
     * granted from the community fund, which the station's services accept like any other.
     */
    public static Account walletOfResident(long residentId) {
        return new Account(AccountKind.WALLET, "resident-" + residentId);
    }

    public static Account rewardsOf(long stationId) {
        return new Account(AccountKind.REWARDS, "rewards-station-" + stationId);
    }

    public static Account servicesOf(long stationId) {
        return new Account(AccountKind.SERVICES, "services-station-" + stationId);
    }
}
