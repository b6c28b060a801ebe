package org.happystation.plugins.canteen.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo fortnight of Chinese home dishes, created on first use at a station with no menus so the kiosk has
 * something to show; marked as sample until the manager saves the meal.
 */
public final class SampleMenus {

    private static final List<List<Dish>> BREAKFASTS = List.of(
            List.of(dish("小米粥", "soft", "vegetarian"), dish("鸡蛋羹", "soft"), dish("花卷", "vegetarian")),
            List.of(dish("燕麦粥", "diabetic", "vegetarian"), dish("煮鸡蛋"), dish("拌黄瓜", "low-salt", "vegetarian")),
            List.of(dish("豆浆", "vegetarian"), dish("发糕", "soft", "vegetarian"), dish("咸菜丝")));

    private static final List<List<Dish>> LUNCHES = List.of(
            List.of(dish("西红柿炒鸡蛋", "soft"), dish("清蒸鲈鱼", "low-salt", "soft"), dish("炒油麦菜", "vegetarian"), dish("米饭")),
            List.of(
                    dish("土豆炖牛肉", "soft"),
                    dish("蒜蓉西兰花", "low-salt", "diabetic", "vegetarian"),
                    dish("杂粮饭", "diabetic")),
            List.of(dish("红烧豆腐", "soft", "vegetarian"), dish("白菜炖粉条", "soft"), dish("冬瓜汤", "low-salt"), dish("米饭")),
            List.of(dish("肉末茄子", "soft"), dish("清炒山药", "diabetic", "vegetarian"), dish("馒头", "vegetarian")));

    private static final List<List<Dish>> DINNERS = List.of(
            List.of(dish("南瓜粥", "soft", "vegetarian"), dish("酸菜饺子"), dish("凉拌木耳", "low-salt", "diabetic")),
            List.of(dish("小米南瓜粥", "soft", "vegetarian"), dish("香菇青菜", "low-salt", "vegetarian"), dish("肉包子")),
            List.of(dish("西红柿鸡蛋面", "soft"), dish("拍黄瓜", "low-salt", "diabetic", "vegetarian")));

    private SampleMenus() {}

    /** Seeds this week and next when the station has no menu at all. */
    public static void seedIfEmpty(Menus menus, LocalDate today) {
        if (!menus.empty()) {
            return;
        }
        LocalDate monday = Menus.mondayOf(today);
        for (int offset = 0; offset < 14; offset++) {
            LocalDate day = monday.plusDays(offset);
            menus.saveSample(day, Meal.BREAKFAST, BREAKFASTS.get(offset % BREAKFASTS.size()));
            menus.saveSample(day, Meal.LUNCH, LUNCHES.get(offset % LUNCHES.size()));
            menus.saveSample(day, Meal.DINNER, DINNERS.get(offset % DINNERS.size()));
        }
    }

    private static Dish dish(String name, String... tags) {
        return new Dish(name, List.of(tags), "", "");
    }
}
