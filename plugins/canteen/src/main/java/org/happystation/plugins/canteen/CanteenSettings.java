package org.happystation.plugins.canteen;

import static org.happystation.plugins.canteen.domain.CanteenRules.DEFAULTS;

import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.SettingsSchema;
import org.happystation.plugins.canteen.domain.CanteenRules;
import org.happystation.plugins.canteen.domain.Meal;
import org.pf4j.Extension;

/** What a station manager sets for the canteen: prices, subsidy, points, seats, sittings and cut-offs. */
@Extension
public class CanteenSettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of(
                number(CanteenRules.PRICE_80, "80岁及以上每餐价格（分，1000 = 10元）", "Meal price, 80 and over (fen; 1000 = ¥10)"),
                number(CanteenRules.PRICE_60, "60至79岁每餐价格（分）", "Meal price, 60 to 79 (fen)"),
                number(CanteenRules.PRICE_OTHER, "其他居民每餐价格（分）", "Meal price, everybody else (fen)"),
                number(
                        CanteenRules.SUBSIDY,
                        "每日助餐补贴（分，仅当餐价高于补贴时抵扣，每人每天一次）",
                        "Daily meal subsidy (fen; only when the meal costs more, once a day)"),
                number(
                        CanteenRules.SUBSIDY_MIN_AGE,
                        "享受补贴的最低年龄（周岁，按出生年份计）",
                        "Minimum age for the subsidy (by birth year)"),
                number(
                        CanteenRules.POINTS_PER_MEAL,
                        "一餐需要的积分（少于此数的积分按比例抵扣）",
                        "Points for a whole meal (fewer points pay their share)"),
                number(CanteenRules.SEATS, "每场座位数", "Seats per sitting"),
                number(
                        CanteenRules.CUTOFF_MINUTES,
                        "开餐前多少分钟截止点餐和取消",
                        "Orders close this many minutes before a sitting"),
                text(
                        CanteenRules.BREAKFAST_CUTOFF,
                        "早餐在前一天几点截止（时:分）",
                        "Breakfast orders close the day before at (hh:mm)"),
                text(
                        CanteenRules.sittingsKey(Meal.BREAKFAST),
                        "早餐场次（如 07:00-08:30，多场用逗号分隔）",
                        "Breakfast sittings (e.g. 07:00-08:30, comma-separated)"),
                text(
                        CanteenRules.sittingsKey(Meal.LUNCH),
                        "午餐场次（如 11:00-12:00,12:00-13:00）",
                        "Lunch sittings (e.g. 11:00-12:00,12:00-13:00)"),
                text(CanteenRules.sittingsKey(Meal.DINNER), "晚餐场次", "Dinner sittings"),
                number(CanteenRules.DAYS_AHEAD, "可提前几天点餐", "Days ahead residents may order"));
    }

    private static Setting number(String key, String zh, String en) {
        return Setting.number(key, Map.of("zh", zh, "en", en), Long.parseLong(DEFAULTS.get(key)));
    }

    private static Setting text(String key, String zh, String en) {
        return Setting.text(key, Map.of("zh", zh, "en", en), DEFAULTS.get(key));
    }
}
