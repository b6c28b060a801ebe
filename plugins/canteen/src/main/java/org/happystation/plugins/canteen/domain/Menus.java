package org.happystation.plugins.canteen.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/** The menus: one record per (day, meal) in the collection {@code menus}. */
public final class Menus {

    static final String COLLECTION = "menus";

    /** The menu of one meal of one day. */
    public record Menu(String id, long version, LocalDate day, Meal meal, List<Dish> dishes, boolean sample) {}

    /** What "copy last week" did. */
    public record CopyResult(List<String> copied, List<String> skipped) {}

    private final RecordStore records;

    public Menus(RecordStore records) {
        this.records = records;
    }

    /** The Monday of the week of {@code day}. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    /** The menu of a meal, if the manager (or the seed) made one. */
    public Optional<Menu> find(LocalDate day, Meal meal) {
        return records.findBy(COLLECTION, "key", key(day, meal)).stream()
                .findFirst()
                .map(Menus::read);
    }

    /** Saves a meal's dishes; a saved menu is no longer sample data. Dishes without a name are left out. */
    public Menu save(LocalDate day, Meal meal, List<Dish> dishes) {
        List<Dish> named =
                dishes.stream().filter(dish -> !dish.name().isEmpty()).toList();
        String json = json(day, meal, named, false);
        Optional<Menu> existing = find(day, meal);
        StoredRecord stored = existing.isPresent()
                ? records.update(COLLECTION, existing.get().id(), existing.get().version(), json)
                : records.insert(COLLECTION, json);
        return read(stored);
    }

    /**
     * Copies the 7 days of the week before {@code monday} to that week, leaving alone every meal that
     * already has a menu.
     */
    public CopyResult copyLastWeek(LocalDate monday) {
        var copied = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        for (int offset = 0; offset < 7; offset++) {
            LocalDate target = monday.plusDays(offset);
            for (Meal meal : Meal.values()) {
                Optional<Menu> source = find(target.minusWeeks(1), meal);
                if (source.isEmpty()) {
                    continue;
                }
                if (find(target, meal).isPresent()) {
                    skipped.add(key(target, meal));
                } else {
                    records.insert(
                            COLLECTION,
                            json(
                                    target,
                                    meal,
                                    source.get().dishes(),
                                    source.get().sample()));
                    copied.add(key(target, meal));
                }
            }
        }
        return new CopyResult(copied, skipped);
    }

    /** Whether the station has no menu at all yet. */
    public boolean empty() {
        return records.list(COLLECTION, 1).isEmpty();
    }

    /** Stores a sample menu (marked as such) for a meal without one. */
    void saveSample(LocalDate day, Meal meal, List<Dish> dishes) {
        if (find(day, meal).isEmpty()) {
            records.insert(COLLECTION, json(day, meal, dishes, true));
        }
    }

    private static String json(LocalDate day, Meal meal, List<Dish> dishes, boolean sample) {
        var map = new LinkedHashMap<String, Object>();
        map.put("key", key(day, meal));
        map.put("day", day.toString());
        map.put("meal", meal.key());
        map.put("dishes", dishes.stream().map(Dish::toMap).toList());
        map.put("sample", sample);
        return Json.write(map);
    }

    private static Menu read(StoredRecord stored) {
        var map = Json.parseObject(stored.json());
        List<Dish> dishes = Json.list(map, "dishes").stream().map(Dish::from).toList();
        return new Menu(
                stored.id(),
                stored.version(),
                LocalDate.parse(Json.text(map, "day")),
                Meal.of(Json.text(map, "meal")),
                dishes,
                Json.yes(map, "sample"));
    }

    /** The key of a meal's menu, for example {@code 2025-03-03/lunch}. */
    public static String key(LocalDate day, Meal meal) {
        return day + "/" + meal.key();
    }
}
