package org.happystation.plugins.canteen.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Slot;

/**
 * The host's reservation slot of each (day, meal, sitting), opened lazily by the first order.
 *
 * <p>Two kiosks may take the first order of a sitting at the same moment. Each then opens a slot and
 * inserts a record in {@code sittings} naming its slot, and afterwards reads the records of that sitting
 * and uses the first one. The store lists records oldest first, in the order they were inserted, so the
 * first record is the same for every kiosk, racing now or coming later: everybody books the same slot,
 * whose capacity the host guards in its database. The losing slot stays empty and unused.
 */
public final class SittingSlots {

    static final String COLLECTION = "sittings";

    private final RecordStore records;
    private final Reservations reservations;
    private final CanteenRules rules;
    private final Clock clock;

    public SittingSlots(RecordStore records, Reservations reservations, CanteenRules rules, Clock clock) {
        this.records = records;
        this.reservations = reservations;
        this.rules = rules;
        this.clock = clock;
    }

    /** The host's resource name of a meal's sittings, for example {@code sitting.lunch}. */
    public static String resource(Meal meal) {
        return "sitting." + meal.key();
    }

    /** The slot id of a sitting, opening the slot if nobody has yet. */
    public String slotId(LocalDate day, Meal meal, int index) {
        String key = key(day, meal, index);
        Optional<String> chosen = chosenSlotId(key);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Sitting sitting = rules.sittingsOf(meal).get(index);
        Slot slot =
                reservations.openSlot(resource(meal), start(day, sitting), end(day, sitting), rules.seatsPerSitting());
        var record = new LinkedHashMap<String, Object>();
        record.put("key", key);
        record.put("slotId", slot.id());
        records.insert(COLLECTION, Json.write(record));
        return chosenSlotId(key).orElse(slot.id());
    }

    /** Free seats of a sitting now: its full capacity while nobody has ordered. */
    public int freeSeats(LocalDate day, Meal meal, int index) {
        return slot(day, meal, index)
                .map(slot -> Math.max(0, slot.capacity() - slot.booked()))
                .orElse(rules.seatsPerSitting());
    }

    /** The slot of a sitting, if it has been opened. */
    public Optional<Slot> slot(LocalDate day, Meal meal, int index) {
        Optional<String> chosen = chosenSlotId(key(day, meal, index));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Sitting sitting = rules.sittingsOf(meal).get(index);
        Instant start = start(day, sitting);
        return reservations.slots(resource(meal), start, start.plusSeconds(1)).stream()
                .filter(slot -> slot.id().equals(chosen.get()))
                .findFirst();
    }

    private Optional<String> chosenSlotId(String key) {
        return records.findBy(COLLECTION, "key", key).stream()
                .findFirst()
                .map(stored -> Json.text(Json.parseObject(stored.json()), "slotId"));
    }

    private Instant start(LocalDate day, Sitting sitting) {
        return day.atTime(sitting.start()).atZone(clock.getZone()).toInstant();
    }

    private Instant end(LocalDate day, Sitting sitting) {
        return day.atTime(sitting.end()).atZone(clock.getZone()).toInstant();
    }

    private static String key(LocalDate day, Meal meal, int index) {
        return day + "/" + meal.key() + "/" + index;
    }
}
