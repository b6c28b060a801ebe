package org.happystation.points.rewards;

import java.util.Objects;
import org.happystation.points.ledger.Points;

public record RewardDetails(
        String title, String description, Points price, Integer stock, Integer perPersonLimit, boolean active) {

    public RewardDetails {
        if (title == null || title.isBlank() || title.strip().length() > 120) {
            throw new IllegalArgumentException("A reward needs a title of at most 120 characters.");
        }
        title = title.strip();
        description = description == null ? "" : description.strip();
        if (description.length() > 300) {
            throw new IllegalArgumentException("A description has at most 300 characters.");
        }
        Objects.requireNonNull(price, "A reward has a price in points.");
        if (price.amount() < 1 || price.amount() > 10_000) {
            throw new IllegalArgumentException("A price is between 1 and 10,000 points.");
        }
        if (stock != null && stock < 0) {
            throw new IllegalArgumentException("Stock cannot be negative.");
        }
        if (perPersonLimit != null && perPersonLimit < 1) {
            throw new IllegalArgumentException("A per-person limit is at least 1; leave it empty for no limit.");
        }
    }
}
