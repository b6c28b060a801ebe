package org.happystation.plugins.canteen.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The station manager's canteen settings, read once per screen: prices by tier and the subsidy in fen, what
 * points pay, seats per sitting, sittings' times, cut-offs and how many days ahead residents may order. A
 * value that does not read falls back to its default, so a typo never closes the canteen.
 *
 * @param priceFen the meal's price by tier, in fen
 * @param subsidyFen the daily subsidy, in fen, given only when the meal costs more than it
 * @param subsidyMinAge residents at least this old this year get the subsidy
 * @param pointsPerMeal this many points pay a whole meal after the subsidy; fewer points pay their share
 * @param seatsPerSitting seats of the dining room in one sitting
 * @param cutoffMinutes orders and cancellations close this many minutes before a sitting starts
 * @param breakfastCutoff breakfast orders close the day before at this time
 * @param sittings the sittings of each meal, earliest first
 * @param daysAhead residents order for today and this many following days
 */
public record CanteenRules(
        Map<Tier, Long> priceFen,
        long subsidyFen,
        int subsidyMinAge,
        int pointsPerMeal,
        int seatsPerSitting,
        int cutoffMinutes,
        LocalTime breakfastCutoff,
        Map<Meal, List<Sitting>> sittings,
        int daysAhead) {

    public static final String PRICE_80 = "price.age80.fen";
    public static final String PRICE_60 = "price.age60.fen";
    public static final String PRICE_OTHER = "price.other.fen";
    public static final String SUBSIDY = "subsidy.fen";
    public static final String SUBSIDY_MIN_AGE = "subsidy.min-age";
    public static final String POINTS_PER_MEAL = "points.per.meal";
    public static final String SEATS = "seats.per.sitting";
    public static final String CUTOFF_MINUTES = "cutoff.minutes-before";
    public static final String BREAKFAST_CUTOFF = "cutoff.breakfast.previous-day";
    public static final String DAYS_AHEAD = "days.ahead";

    /** The defaults, from DOMAIN.md: ¥10 / 12 / 15, ¥5 subsidy from 60, 2 points a meal, 350 seats. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(PRICE_80, "1000"),
            Map.entry(PRICE_60, "1200"),
            Map.entry(PRICE_OTHER, "1500"),
            Map.entry(SUBSIDY, "500"),
            Map.entry(SUBSIDY_MIN_AGE, "60"),
            Map.entry(POINTS_PER_MEAL, "2"),
            Map.entry(SEATS, "350"),
            Map.entry(CUTOFF_MINUTES, "60"),
            Map.entry(BREAKFAST_CUTOFF, "18:00"),
            Map.entry(sittingsKey(Meal.BREAKFAST), "07:00-08:30"),
            Map.entry(sittingsKey(Meal.LUNCH), "11:00-12:00,12:00-13:00"),
            Map.entry(sittingsKey(Meal.DINNER), "17:00-18:30"),
            Map.entry(DAYS_AHEAD, "3"));

    public CanteenRules {
        priceFen = Map.copyOf(priceFen);
        sittings = Map.copyOf(sittings);
    }

    /** The settings key of a meal's sittings, for example {@code sittings.lunch}. */
    public static String sittingsKey(Meal meal) {
        return "sittings." + meal.key();
    }

    /** The rules with every default. */
    public static CanteenRules defaults() {
        return from(DEFAULTS::get);
    }

    /** Reads the rules from settings (for example {@code context.settings()::get}). */
    public static CanteenRules from(Function<String, String> settings) {
        var reader = new Reader(settings);
        var prices = new EnumMap<Tier, Long>(Tier.class);
        prices.put(Tier.AGE_80_PLUS, reader.amount(PRICE_80));
        prices.put(Tier.AGE_60_TO_79, reader.amount(PRICE_60));
        prices.put(Tier.OTHER, reader.amount(PRICE_OTHER));
        var sittings = new EnumMap<Meal, List<Sitting>>(Meal.class);
        for (Meal meal : Meal.values()) {
            sittings.put(meal, reader.sittings(sittingsKey(meal)));
        }
        return new CanteenRules(
                prices,
                reader.amount(SUBSIDY),
                reader.whole(SUBSIDY_MIN_AGE, 0, 150),
                reader.whole(POINTS_PER_MEAL, 1, 1000),
                reader.whole(SEATS, 1, 100_000),
                reader.whole(CUTOFF_MINUTES, 0, 24 * 60),
                reader.time(BREAKFAST_CUTOFF),
                sittings,
                reader.whole(DAYS_AHEAD, 0, 30));
    }

    /** The sittings of a meal, earliest first. */
    public List<Sitting> sittingsOf(Meal meal) {
        return sittings.getOrDefault(meal, List.of());
    }

    /**
     * When orders (and cancellations) for a sitting close: breakfast the evening before at {@link
     * #breakfastCutoff}, other meals {@link #cutoffMinutes} before the sitting starts. Delivery follows
     * the first sitting of the meal.
     */
    public ZonedDateTime cutoff(LocalDate day, Meal meal, int sittingIndex, ZoneId zone) {
        if (meal == Meal.BREAKFAST) {
            return day.minusDays(1).atTime(breakfastCutoff).atZone(zone);
        }
        Sitting sitting = sittingsOf(meal).get(Math.max(0, sittingIndex));
        return day.atTime(sitting.start()).atZone(zone).minusMinutes(cutoffMinutes);
    }

    /** Reads settings with fallbacks to {@link #DEFAULTS}. */
    private record Reader(Function<String, String> settings) {

        private String raw(String key) {
            String value = settings.apply(key);
            return value == null || value.isBlank() ? DEFAULTS.get(key) : value.trim();
        }

        long amount(String key) {
            try {
                long value = Long.parseLong(raw(key));
                return value >= 0 ? value : Long.parseLong(DEFAULTS.get(key));
            } catch (NumberFormatException e) {
                return Long.parseLong(DEFAULTS.get(key));
            }
        }

        int whole(String key, int min, int max) {
            long value = amount(key);
            return value < min || value > max ? Integer.parseInt(DEFAULTS.get(key)) : (int) value;
        }

        LocalTime time(String key) {
            try {
                return LocalTime.parse(raw(key));
            } catch (RuntimeException e) {
                return LocalTime.parse(DEFAULTS.get(key));
            }
        }

        List<Sitting> sittings(String key) {
            try {
                return parseSittings(raw(key));
            } catch (RuntimeException e) {
                return parseSittings(DEFAULTS.get(key));
            }
        }

        private static List<Sitting> parseSittings(String text) {
            var result = new ArrayList<Sitting>();
            for (String part : text.split(",")) {
                String[] times = part.trim().split("-");
                var sitting = new Sitting(LocalTime.parse(times[0].trim()), LocalTime.parse(times[1].trim()));
                if (!sitting.end().isAfter(sitting.start())) {
                    throw new IllegalArgumentException("A sitting ends after it starts: " + part);
                }
                result.add(sitting);
            }
            return List.copyOf(result);
        }
    }
}
