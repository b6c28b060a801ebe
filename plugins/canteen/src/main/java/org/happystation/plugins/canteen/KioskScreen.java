package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.canteen.domain.CanteenException;
import org.happystation.plugins.canteen.domain.CanteenRules;
import org.happystation.plugins.canteen.domain.DeliveryList;
import org.happystation.plugins.canteen.domain.Meal;
import org.happystation.plugins.canteen.domain.Menus;
import org.happystation.plugins.canteen.domain.Order;
import org.happystation.plugins.canteen.domain.OrderState;
import org.happystation.plugins.canteen.domain.Orders;
import org.happystation.plugins.canteen.domain.Payment;
import org.happystation.plugins.canteen.domain.PlaceOrder;
import org.happystation.plugins.canteen.domain.Pricing;
import org.happystation.plugins.canteen.domain.Quote;
import org.happystation.plugins.canteen.domain.Sitting;

/**
 * The kiosk's ordering screen: one question per screen (who eats, which day, which meal and sitting, the
 * menu, how to pay, the breakdown), then the pick-up number. Navigation replaces the content of this root;
 * every inner screen has a back button.
 */
class KioskScreen extends Div {

    private final KioskContext context;
    private final Orders orders;
    private final Menus menus;
    private final CanteenRules rules;
    private final Deque<Runnable> screens = new ArrayDeque<>();

    private ResidentInfo eater;
    private LocalDate day;
    private Meal meal;
    private int sittingIndex;
    private boolean delivery;
    private Payment payment;

    KioskScreen(KioskContext context) {
        this.context = context;
        this.orders = Canteen.orders(context);
        this.menus = Canteen.menus(context, orders);
        this.rules = Canteen.rules(context);
        setId("canteen-screen");
        getStyle().set("font-size", "24px").set("line-height", "1.4");
        Optional<ResidentInfo> resident = context.resident();
        if (resident.isEmpty()) {
            guestScreen();
        } else if (context.actingFor().isPresent()) {
            // The resident chose at the kiosk whom they act for: no need to ask again.
            eater = context.actingFor().get();
            open(this::dayScreen);
        } else if (context.relatives().isEmpty()) {
            eater = resident.get();
            open(this::dayScreen);
        } else {
            open(this::eaterScreen);
        }
    }

    // --- navigation -------------------------------------------------------------------------------

    private void open(Runnable screen) {
        screens.push(screen);
        screen.run();
    }

    private void back() {
        if (screens.size() > 1) {
            screens.pop();
        }
        screens.peek().run();
    }

    private void show(String title, Component... content) {
        removeAll();
        add(new H2(title));
        add(content);
        if (screens.size() > 1) {
            var back = new Button(context.message("kiosk.back"), click -> back());
            back.setId("canteen-back");
            back.getStyle().set("margin-top", "24px");
            add(back);
        }
    }

    private void showError(CanteenException refused, Component... content) {
        var list = new ArrayList<Component>();
        list.add(Ui.notice(context.message(refused.messageKey(), refused.arguments()), "canteen-message"));
        list.addAll(List.of(content));
        show(context.message("kiosk.problem.title"), list.toArray(Component[]::new));
    }

    private Button big(String text, String id, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.getStyle().set("min-width", "320px").set("min-height", "80px").set("margin", "8px 8px 0 0");
        return button;
    }

    private Div column(Component... components) {
        var column = new Div(components);
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return column;
    }

    // --- screens ----------------------------------------------------------------------------------

    private void guestScreen() {
        removeAll();
        add(new H2(context.message("kiosk.guest.title")));
        add(Ui.notice(context.message("kiosk.guest.sign-in"), "canteen-sign-in"));
        for (Meal each : Meal.values()) {
            add(menuOf(orders.today(), each));
        }
    }

    private void eaterScreen() {
        ResidentInfo me = context.resident().orElseThrow();
        var choices = column();
        choices.add(
                big(context.message("kiosk.eater.me", me.name()), "canteen-eater-" + me.id(), () -> chooseEater(me)));
        for (ResidentInfo relative : context.relatives()) {
            choices.add(big(relative.name(), "canteen-eater-" + relative.id(), () -> chooseEater(relative)));
        }
        show(context.message("kiosk.eater.title"), choices, myOrdersButton());
    }

    private void chooseEater(ResidentInfo chosen) {
        eater = chosen;
        open(this::dayScreen);
    }

    private void dayScreen() {
        var days = column();
        LocalDate today = orders.today();
        for (int offset = 0; offset <= rules.daysAhead(); offset++) {
            LocalDate each = today.plusDays(offset);
            Button button = big(dayLabel(each), "canteen-day-" + each, () -> chooseDay(each));
            days.add(button);
            if (firstOpenMeal(each).isEmpty()) {
                button.setEnabled(false);
                days.add(Ui.text(context.message("kiosk.day.closed", dayLabel(each)), 24));
            }
        }
        show(context.message("kiosk.day.title", eater.name()), days, myOrdersButton());
    }

    private String dayLabel(LocalDate each) {
        LocalDate today = orders.today();
        String date = each.format(DateTimeFormatter.ofPattern(context.message("kiosk.date.pattern"), context.locale()));
        if (each.equals(today)) {
            return context.message("kiosk.day.today", date);
        }
        return each.equals(today.plusDays(1)) ? context.message("kiosk.day.tomorrow", date) : date;
    }

    private Optional<Meal> firstOpenMeal(LocalDate each) {
        return List.of(Meal.values()).stream().filter(m -> mealOpen(each, m)).findFirst();
    }

    private boolean mealOpen(LocalDate each, Meal which) {
        List<Sitting> sittings = rules.sittingsOf(which);
        for (int index = 0; index < sittings.size(); index++) {
            if (orders.beforeCutoff(each, which, index)) {
                return true;
            }
        }
        return false;
    }

    private void chooseDay(LocalDate chosen) {
        day = chosen;
        open(this::mealScreen);
    }

    private void mealScreen() {
        var meals = column();
        for (Meal each : Meal.values()) {
            String label = context.message("meal." + each.key());
            Button button = big(label, "canteen-meal-" + each.key(), () -> chooseMeal(each));
            meals.add(button);
            if (!mealOpen(day, each)) {
                button.setEnabled(false);
                meals.add(Ui.text(context.message("kiosk.meal.closed", label), 24));
            }
        }
        show(context.message("kiosk.meal.title", dayLabel(day)), meals);
    }

    private void chooseMeal(Meal chosen) {
        meal = chosen;
        open(this::sittingScreen);
    }

    private void sittingScreen() {
        var choices = column();
        List<Sitting> sittings = rules.sittingsOf(meal);
        for (int index = 0; index < sittings.size(); index++) {
            choices.add(sittingChoice(index, sittings.get(index)));
        }
        if (new DeliveryList(context.records()).of(eater.id()).isPresent()) {
            Button button =
                    big(context.message("kiosk.sitting.delivery"), "canteen-delivery", () -> chooseSitting(0, true));
            button.setEnabled(orders.beforeCutoff(day, meal, 0));
            choices.add(button);
        }
        show(context.message("kiosk.sitting.title", dayLabel(day), context.message("meal." + meal.key())), choices);
    }

    private Component sittingChoice(int index, Sitting sitting) {
        int free = orders.slots().freeSeats(day, meal, index);
        String label = context.message("kiosk.sitting.choice", sitting.label(), free);
        Button button = big(label, "canteen-sitting-" + index, () -> chooseSitting(index, false));
        if (!orders.beforeCutoff(day, meal, index)) {
            button.setEnabled(false);
            return column(button, Ui.text(context.message("kiosk.sitting.closed", sitting.label()), 24));
        }
        if (free == 0) {
            button.setEnabled(false);
            return column(button, Ui.text(context.message("order.sitting-full"), 24));
        }
        return button;
    }

    private void chooseSitting(int index, boolean toDoor) {
        sittingIndex = index;
        delivery = toDoor;
        open(this::menuScreen);
    }

    private void menuScreen() {
        Button next = big(context.message("kiosk.menu.next"), "canteen-next", () -> open(this::paymentScreen));
        next.addClassName("primary-action");
        show(
                context.message("kiosk.menu.title", dayLabel(day), context.message("meal." + meal.key())),
                menuOf(day, meal),
                next);
    }

    private Component menuOf(LocalDate which, Meal whichMeal) {
        var menu = new Div();
        menu.setId("canteen-menu-" + whichMeal.key());
        menu.add(Ui.text(context.message("meal." + whichMeal.key()), 28));
        Optional<Menus.Menu> found = menus.find(which, whichMeal);
        if (found.isEmpty() || found.get().dishes().isEmpty()) {
            menu.add(Ui.text(context.message("kiosk.menu.none"), 24));
            return menu;
        }
        found.get().dishes().forEach(dish -> menu.add(Ui.dish(context, dish, 24)));
        return menu;
    }

    private void paymentScreen() {
        ResidentInfo me = context.resident().orElseThrow();
        var choices = column();
        Quote counter = quote(Payment.COUNTER);
        long balance = orders.balanceOf(me);
        var pricing = new Pricing(rules);
        for (Payment each : Payment.values()) {
            Button button = big(
                    context.message("kiosk.pay." + each.name().toLowerCase(Locale.ROOT)),
                    "canteen-pay-" + each.name().toLowerCase(Locale.ROOT),
                    () -> choosePayment(each));
            choices.add(button);
            if (each == Payment.COUNTER) {
                continue;
            }
            if (!context.wallet().available()) {
                button.setEnabled(false);
                choices.add(Ui.text(context.message("kiosk.pay.points-unavailable"), 24));
            } else if (!pricing.affordable(each, balance, counter.afterSubsidyFen())) {
                button.setEnabled(false);
                choices.add(Ui.text(context.message("kiosk.pay.points-too-few", balance, rules.pointsPerMeal()), 24));
            }
        }
        show(context.message("kiosk.pay.title"), choices);
    }

    private void choosePayment(Payment chosen) {
        payment = chosen;
        open(this::confirmScreen);
    }

    private PlaceOrder request(String key, Payment how) {
        ResidentInfo me = context.resident().orElseThrow();
        String menuId = menus.find(day, meal).map(Menus.Menu::id).orElse("");
        return new PlaceOrder(key, day, meal, sittingIndex, delivery, menuId, me, eater, how);
    }

    private Quote quote(Payment how) {
        return orders.quote(request("quote", how));
    }

    private void confirmScreen() {
        // Made once per confirmation screen: a double click or a repeated confirm places one order.
        String key = UUID.randomUUID().toString();
        PlaceOrder request = request(key, payment);
        Quote quote = orders.quote(request);
        var confirm = big(context.message("kiosk.confirm.button"), "canteen-confirm", () -> place(request));
        confirm.addClassName("primary-action");
        confirm.setDisableOnClick(true);
        show(context.message("kiosk.confirm.title"), Ui.text(summary(), 26), breakdown(quote), confirm);
    }

    private String summary() {
        String where = delivery
                ? context.message("kiosk.summary.delivery")
                : rules.sittingsOf(meal).get(sittingIndex).label();
        return context.message(
                "kiosk.summary", eater.name(), dayLabel(day), context.message("meal." + meal.key()), where);
    }

    private Component breakdown(Quote quote) {
        var box = new Div();
        box.setId("canteen-breakdown");
        box.getStyle()
                .set("border", "2px solid #1a1a1a")
                .set("border-radius", "8px")
                .set("padding", "16px");
        box.add(line(
                context.message(
                        "kiosk.breakdown.tier", context.message(quote.tier().messageKey())),
                Ui.money(context, quote.basePriceFen()),
                "canteen-price"));
        box.add(line(
                context.message("kiosk.breakdown.subsidy"),
                "- " + Ui.money(context, quote.subsidyFen()),
                "canteen-subsidy"));
        box.add(line(
                context.message("kiosk.breakdown.points", Ui.money(context, quote.pointsValueFen())),
                context.message("kiosk.points", quote.points()),
                "canteen-points"));
        box.add(line(
                context.message("kiosk.breakdown.due"), Ui.money(context, quote.amountDueFen()), "canteen-amount-due"));
        return box;
    }

    private Component line(String label, String amount, String id) {
        var value = Ui.text(amount, 40);
        value.setId(id);
        value.getStyle().set("font-weight", "bold").set("margin", "0");
        var row = new Div(Ui.text(label, 24), value);
        row.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("gap", "32px")
                .set("align-items", "baseline");
        return row;
    }

    private void place(PlaceOrder request) {
        try {
            Order order = orders.place(request);
            open(() -> resultScreen(order));
        } catch (CanteenException refused) {
            showError(refused);
        }
    }

    private void resultScreen(Order order) {
        var number = Ui.text(String.valueOf(order.pickupNumber()), 96);
        number.setId("canteen-pickup-number");
        number.getStyle().set("font-weight", "bold").set("margin", "0");
        Component qr = context.qrCodes().image(order.qrContent(), 200, context.message("kiosk.result.qr"));
        qr.setId("canteen-order-qr");
        String when = order.delivery()
                ? context.message("kiosk.result.delivery", order.sittingLabel())
                : context.message("kiosk.result.sitting", dayLabel(order.day()), order.sittingLabel());
        String pay = order.amountDueFen() == 0
                ? context.message("kiosk.result.nothing-due")
                : context.message("kiosk.result.due", Ui.money(context, order.amountDueFen()));
        var done = big(context.message("kiosk.result.done"), "canteen-done", context::goHome);
        removeAll();
        add(
                new H2(context.message("kiosk.result.title")),
                Ui.text(context.message("kiosk.result.number"), 24),
                number,
                qr,
                Ui.text(when, 26),
                Ui.text(pay, 26),
                myOrdersButton(),
                done);
    }

    private Button myOrdersButton() {
        return big(context.message("kiosk.my-orders"), "canteen-my-orders", () -> open(this::myOrdersScreen));
    }

    private void myOrdersScreen() {
        ResidentInfo me = context.resident().orElseThrow();
        var ids = new ArrayList<Long>();
        ids.add(me.id());
        context.relatives().forEach(relative -> ids.add(relative.id()));
        List<Order> upcoming = orders.upcomingFor(ids);
        var list = column();
        if (upcoming.isEmpty()) {
            list.add(Ui.text(context.message("kiosk.my-orders.none"), 24));
        }
        upcoming.forEach(order -> list.add(orderLine(order)));
        show(context.message("kiosk.my-orders.title"), list);
    }

    private Component orderLine(Order order) {
        String where = order.delivery() ? context.message("kiosk.summary.delivery") : order.sittingLabel();
        var line = new Div(Ui.text(
                context.message(
                        "kiosk.my-orders.line",
                        order.pickupNumber(),
                        order.eaterName(),
                        dayLabel(order.day()),
                        context.message("meal." + order.meal().key()),
                        where,
                        context.message(order.state().messageKey())),
                24));
        line.setId("canteen-my-order-" + order.id());
        line.getStyle().set("border-bottom", "1px solid #757575").set("padding", "8px 0");
        boolean cancellable = (order.state() == OrderState.ORDERED || order.state() == OrderState.PAID)
                && orders.beforeCutoff(order.day(), order.meal(), Math.max(0, order.sittingIndex()));
        if (cancellable) {
            var cancel = big(context.message("kiosk.cancel"), "canteen-cancel-" + order.id(), () -> cancel(order));
            cancel.setDisableOnClick(true);
            line.add(cancel);
        }
        return line;
    }

    private void cancel(Order order) {
        try {
            Order cancelled = orders.cancel(order.id());
            String text = cancelled.pointsCharged()
                    ? context.message("kiosk.cancelled.refunded", cancelled.points())
                    : context.message("kiosk.cancelled");
            myOrdersScreen();
            addComponentAtIndex(1, Ui.notice(text, "canteen-message"));
        } catch (CanteenException refused) {
            myOrdersScreen();
            addComponentAtIndex(
                    1, Ui.notice(context.message(refused.messageKey(), refused.arguments()), "canteen-message"));
        }
    }
}
