package org.happystation.kiosk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.happystation.kiosk.base.SecretFiles;
import org.happystation.points.activities.ActivityDetails;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.activities.Category;
import org.happystation.points.activities.PointsRule;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.checkin.Attendances;
import org.happystation.points.checkin.CheckMethod;
import org.happystation.points.ledger.Points;
import org.happystation.points.rewards.RewardDetails;
import org.happystation.points.rewards.RewardService;
import org.happystation.points.volunteers.IdNumber;
import org.happystation.points.volunteers.VolunteerProfile;
import org.happystation.points.volunteers.VolunteerService;

/**
 * The demo station's volunteers, activities and reward catalogue, modelled on DOMAIN.md: canteen help for
 * points spent on meals, elder care and repairs for barber discounts. ID numbers are made up and valid only
 * by their check digit. One activity runs all day, so that the check-in screen always has a code to show.
 */
@ApplicationScoped
public class DemoVolunteering {

    @Inject
    VolunteerService volunteers;

    @Inject
    ActivityService activities;

    @Inject
    RewardService rewards;

    @Inject
    Attendances attendances;

    @Inject
    Clock clock;

    void seed(StationRef station, List<String> credentials) {
        credentials.add("");
        credentials.add("Volunteers (sign in on a phone at /v: mobile number + password)");
        volunteer(
                station,
                "刘志强",
                "21030219680315001",
                "13900000011",
                List.of("维修", "驾驶"),
                List.of("REPAIRS", "PATROL"),
                "郭明义爱心团队",
                credentials);
        volunteer(
                station,
                "陈美玲",
                "21030219750822002",
                "13900000012",
                List.of("烹饪"),
                List.of("CANTEEN", "ELDER_CARE"),
                null,
                credentials);
        // 李娜 is also a resident (same phone): her points pay at the kiosk's services.
        volunteer(
                station,
                "李娜",
                "21030219720106004",
                "13800000002",
                List.of("辅导"),
                List.of("TUTORING"),
                "育英家辅导队",
                credentials);

        LocalDate today = LocalDate.now(clock.withZone(Schedule.ZONE));
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        var lunch = activities.create(
                Operator.SYSTEM,
                station,
                new ActivityDetails(
                        "溢香家午餐帮厨",
                        Category.CANTEEN,
                        "溢香家社区食堂",
                        "备餐、打饭、为行动不便的老人送餐",
                        "灵西社区幸福驿站",
                        "陈美玲",
                        new Schedule(
                                today.minusDays(30),
                                today.plusDays(180),
                                weekdays,
                                LocalTime.of(10, 30),
                                LocalTime.of(13, 0)),
                        8,
                        PointsRule.DEFAULT));
        activities.create(
                Operator.SYSTEM,
                station,
                new ActivityDetails(
                        "依托家陪伴老人",
                        Category.ELDER_CARE,
                        "依托家养老康复支持站",
                        "陪老人聊天、读报、散步",
                        "灵西社区幸福驿站",
                        "郑春梅",
                        new Schedule(
                                today.minusDays(30),
                                today.plusDays(180),
                                EnumSet.allOf(DayOfWeek.class),
                                LocalTime.of(14, 0),
                                LocalTime.of(16, 0)),
                        6,
                        PointsRule.DEFAULT));
        activities.create(
                Operator.SYSTEM,
                station,
                new ActivityDetails(
                        "驿站值守（演示，全天）",
                        Category.OTHER,
                        "灵西社区幸福驿站大厅",
                        "引导居民使用触摸屏、解答问题",
                        "灵西社区幸福驿站",
                        "周立伟",
                        new Schedule(
                                today.minusDays(1),
                                today.plusDays(365),
                                EnumSet.allOf(DayOfWeek.class),
                                LocalTime.of(0, 0),
                                LocalTime.of(23, 59)),
                        20,
                        new PointsRule(1, 30, 30, 8)));

        // A little history, so that the statement and the hours record have something to show.
        for (String phone : List.of("13900000012", "13800000002")) {
            var volunteer = volunteers.byPhone(phone).orElseThrow().id().value();
            for (int daysBack = 1, lunches = 0; lunches < 3; daysBack++) {
                var day = today.minusDays(daysBack);
                if (lunch.schedule().runsOn(day)) {
                    attendances.toggleByStaff(volunteer, lunch, at(day, 10, 30), CheckMethod.MANUAL);
                    attendances.toggleByStaff(volunteer, lunch, at(day, 12, 30), CheckMethod.MANUAL);
                    lunches++;
                }
            }
        }

        rewards.add(
                Operator.SYSTEM, station, new RewardDetails("溢香家免费午餐一份", "凭券在食堂窗口领取当日午餐", Points.of(2), null, 5, true));
        rewards.add(Operator.SYSTEM, station, new RewardDetails("社区理发五折券", "驿站二楼理发室，周二、周四", Points.of(3), 20, 2, true));
        rewards.add(Operator.SYSTEM, station, new RewardDetails("育英家学习用品包", "作业本、铅笔、橡皮一套", Points.of(1), 50, 1, true));
    }

    private static java.time.Instant at(LocalDate day, int hour, int minute) {
        return java.time.ZonedDateTime.of(day, LocalTime.of(hour, minute), Schedule.ZONE)
                .toInstant();
    }

    private void volunteer(
            StationRef station,
            String name,
            String idFirst17,
            String phone,
            List<String> skills,
            List<String> categories,
            String team,
            List<String> credentials) {
        String password = SecretFiles.randomToken(9);
        volunteers.register(
                Operator.SYSTEM,
                station,
                new VolunteerProfile(
                        name, IdNumber.withCheckDigit(idFirst17), phone, "立山区灵山街道灵西社区", skills, categories, team),
                password);
        credentials.add("  " + name + "  phone " + phone + "  password " + password);
    }
}
