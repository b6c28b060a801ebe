package org.happystation.plugins.eldercare.domain;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain default set a station starts with when it has no services yet, modelled on 依托家 and 颐和家人
 * (DOMAIN.md): six services on weekday plans that the manager edits, retires or extends.
 */
final class DefaultServices {

    private static final Set<Mobility> ALL = EnumSet.allOf(Mobility.class);
    private static final Set<Mobility> NOT_DEPENDENT = EnumSet.of(Mobility.INDEPENDENT, Mobility.PARTIAL);

    private DefaultServices() {}

    static List<CareService> all() {
        return List.of(
                service(
                        "day-care",
                        "日间照料",
                        "Day care",
                        240,
                        20,
                        DeliveredBy.CARE_WORKER,
                        60,
                        NOT_DEPENDENT,
                        false,
                        weekdays("08:00-12:00", "13:00-17:00")),
                service(
                        "rehab",
                        "康复训练",
                        "Rehabilitation session",
                        45,
                        4,
                        DeliveredBy.NURSE,
                        60,
                        ALL,
                        false,
                        withBreak(weekdays("08:30-11:30", "14:00-17:00"), "10:00-10:15")),
                service(
                        "health-check",
                        "健康检测（血压、血糖）",
                        "Health check (blood pressure, blood sugar)",
                        15,
                        3,
                        DeliveredBy.NURSE,
                        0,
                        ALL,
                        false,
                        everyDayBut(DayOfWeek.SUNDAY, "08:00-11:00")),
                service(
                        "bathing",
                        "助浴",
                        "Bathing help",
                        60,
                        1,
                        DeliveredBy.CARE_WORKER,
                        60,
                        ALL,
                        false,
                        weekdays("09:00-11:00", "14:00-16:00")),
                service(
                        "home-visit",
                        "上门探访",
                        "Home visit",
                        60,
                        2,
                        DeliveredBy.VOLUNTEER,
                        70,
                        ALL,
                        true,
                        weekdays("09:00-11:00", "14:00-17:00")),
                service(
                        "meal-delivery",
                        "助餐送餐",
                        "Meal delivery",
                        60,
                        10,
                        DeliveredBy.VOLUNTEER,
                        60,
                        ALL,
                        true,
                        everyDayBut(null, "11:00-12:00")));
    }

    private static CareService service(
            String key,
            String zh,
            String en,
            int minutes,
            int capacity,
            DeliveredBy role,
            int minimumAge,
            Set<Mobility> accepted,
            boolean atHome,
            WorkingPlan plan) {
        return new CareService("", 0, key, zh, en, minutes, capacity, role, minimumAge, accepted, atHome, plan, false);
    }

    private static WorkingPlan weekdays(String... periods) {
        return WorkingPlan.weekdays(List.of(periods).stream().map(Period::parse).toList());
    }

    private static WorkingPlan withBreak(WorkingPlan plan, String pause) {
        return new WorkingPlan(plan.weekly(), List.of(Period.parse(pause)), plan.holidays(), plan.exceptions());
    }

    private static WorkingPlan everyDayBut(DayOfWeek closed, String period) {
        var weekly = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != closed) {
                weekly.put(day, List.of(Period.parse(period)));
            }
        }
        return new WorkingPlan(weekly, List.of(), Set.of(), Map.of());
    }
}
