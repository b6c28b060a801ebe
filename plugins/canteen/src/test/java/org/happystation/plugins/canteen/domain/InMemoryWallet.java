package org.happystation.plugins.canteen.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.ResidentInfo;

/** Balances in a map; charges and refunds count once per key, as the host's wallet promises. */
final class InMemoryWallet implements PointsWallet {

    private record Charge(long residentId, long points) {}

    private final Map<Long, Long> balances = new HashMap<>();
    private final Map<String, Charge> charges = new HashMap<>();
    private final Set<String> refunded = new HashSet<>();
    private boolean available = true;
    int chargeCalls;
    int refundCalls;

    void give(ResidentInfo resident, long points) {
        balances.merge(resident.id(), points, Long::sum);
    }

    void switchOff() {
        available = false;
    }

    int charges() {
        return charges.size();
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public long balance(ResidentInfo resident) {
        requireAvailable();
        return balances.getOrDefault(resident.id(), 0L);
    }

    @Override
    public void charge(ResidentInfo resident, long points, String idempotencyKey, String reason) {
        requireAvailable();
        chargeCalls++;
        if (charges.containsKey(idempotencyKey)) {
            return;
        }
        if (balance(resident) < points) {
            throw new IllegalStateException("Not enough points.");
        }
        balances.merge(resident.id(), -points, Long::sum);
        charges.put(idempotencyKey, new Charge(resident.id(), points));
    }

    @Override
    public void refund(String idempotencyKeyOfCharge, String reason) {
        requireAvailable();
        refundCalls++;
        Charge charge = charges.get(idempotencyKeyOfCharge);
        if (charge != null && refunded.add(idempotencyKeyOfCharge)) {
            balances.merge(charge.residentId(), charge.points(), Long::sum);
        }
    }

    private void requireAvailable() {
        if (!available) {
            throw new PointsUnavailableException("Points are not wired in.");
        }
    }
}
