package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.canteen.domain.CanteenException;
import org.happystation.plugins.canteen.domain.Meal;
import org.happystation.plugins.canteen.domain.Order;
import org.happystation.plugins.canteen.domain.OrderState;
import org.happystation.plugins.canteen.domain.Orders;

/**
 * The counter's list of a meal's orders by sitting, with one touch for each order's next step and a field
 * that a USB scanner types a QR code into (it types {@code canteen:<orderId>} and Enter).
 */
class CounterScreen extends Div {

    private static final String QR_PREFIX = "canteen:";

    private final AdminContext context;
    private final Orders orders;
    private final DatePicker day = new DatePicker();
    private final Select<Meal> meal = new Select<>();
    private final TextField scan = new TextField();
    private final Div message = new Div();
    private final Div list = new Div();

    CounterScreen(AdminContext context) {
        this.context = context;
        this.orders = Canteen.orders(context);
        setId("canteen-counter");
        getStyle().set("font-size", "18px");
        add(new H2(context.message("counter.title")), toolbar(), scanField(), message, list);
        refresh();
    }

    private Component toolbar() {
        day.setLabel(context.message("counter.day"));
        day.setValue(orders.today());
        day.setId("canteen-counter-day");
        day.addValueChangeListener(event -> refresh());
        meal.setLabel(context.message("counter.meal"));
        meal.setItems(Meal.values());
        meal.setItemLabelGenerator(each -> context.message("meal." + each.key()));
        meal.setValue(mealNow());
        meal.setId("canteen-counter-meal");
        meal.addValueChangeListener(event -> refresh());
        var reload = new Button(context.message("counter.refresh"), click -> refresh());
        reload.setId("canteen-counter-refresh");
        var bar = new Div(day, meal, reload);
        bar.getStyle().set("display", "flex").set("gap", "16px").set("align-items", "flex-end");
        return bar;
    }

    private Meal mealNow() {
        LocalTime now = LocalTime.now(context.clock());
        if (now.isBefore(LocalTime.of(10, 0))) {
            return Meal.BREAKFAST;
        }
        return now.isBefore(LocalTime.of(15, 0)) ? Meal.LUNCH : Meal.DINNER;
    }

    private Component scanField() {
        scan.setId("canteen-scan");
        scan.setLabel(context.message("counter.scan"));
        scan.setWidth("24em");
        scan.addValueChangeListener(event -> {
            if (!event.getValue().isBlank()) {
                scanned(event.getValue().strip());
                scan.clear();
                scan.focus();
            }
        });
        return scan;
    }

    private void scanned(String text) {
        String orderId = text.startsWith(QR_PREFIX) ? text.substring(QR_PREFIX.length()) : text;
        Optional<Order> found = orders.find(orderId).filter(Order::placed);
        if (found.isEmpty()) {
            say(context.message("counter.scan.unknown", text));
            return;
        }
        Optional<OrderState> step = Orders.scanStep(found.get());
        if (step.isEmpty()) {
            say(context.message(
                    "counter.scan.nothing",
                    found.get().pickupNumber(),
                    context.message(found.get().state().messageKey())));
            return;
        }
        move(found.get(), step.get());
    }

    private void move(Order order, OrderState to) {
        try {
            Orders.Move moved = orders.move(order.id(), order.state(), to);
            Order now = moved.order();
            String text = context.message(
                    "counter.moved",
                    now.pickupNumber(),
                    now.eaterName(),
                    context.message(now.state().messageKey()));
            if (to == OrderState.PAID && order.state() == OrderState.ORDERED) {
                text += " " + context.message("counter.collect", Ui.money(context, now.amountDueFen()));
            }
            say(text);
        } catch (CanteenException refused) {
            say(context.message(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    private void say(String text) {
        message.removeAll();
        var paragraph = new Paragraph(text);
        paragraph.setId("canteen-counter-message");
        paragraph.getElement().setAttribute("role", "status");
        paragraph
                .getStyle()
                .set("border", "2px solid #1a1a1a")
                .set("padding", "8px")
                .set("font-size", "20px");
        message.add(paragraph);
    }

    private void refresh() {
        list.removeAll();
        if (day.getValue() == null || meal.getValue() == null) {
            return;
        }
        List<Order> ofMeal = orders.ordersOn(day.getValue()).stream()
                .filter(order -> order.meal() == meal.getValue())
                .toList();
        list.add(counts(ofMeal));
        Map<String, List<Order>> bySitting = ofMeal.stream()
                .collect(Collectors.groupingBy(this::sittingTitle, java.util.LinkedHashMap::new, Collectors.toList()));
        if (bySitting.isEmpty()) {
            list.add(new Paragraph(context.message("counter.none")));
        }
        bySitting.forEach((title, group) -> {
            list.add(new H3(title + " (" + group.size() + ")"));
            group.forEach(order -> list.add(row(order)));
        });
    }

    private String sittingTitle(Order order) {
        return order.delivery()
                ? context.message("counter.delivery")
                : context.message("counter.sitting", order.sittingLabel());
    }

    private Component counts(List<Order> ofMeal) {
        var counts = new EnumMap<OrderState, Long>(OrderState.class);
        ofMeal.forEach(order -> counts.merge(order.state(), 1L, Long::sum));
        var line = new Div();
        line.setId("canteen-counts");
        line.getStyle()
                .set("display", "flex")
                .set("gap", "24px")
                .set("font-size", "20px")
                .set("margin", "8px 0");
        for (OrderState state : OrderState.values()) {
            var count = new Paragraph(context.message(state.messageKey()) + ": " + counts.getOrDefault(state, 0L));
            count.setId("canteen-count-" + state.name().toLowerCase(java.util.Locale.ROOT));
            line.add(count);
        }
        return line;
    }

    private Component row(Order order) {
        String payment = order.amountDueFen() == 0 || order.counterPaid()
                ? context.message("counter.paid")
                : context.message("counter.due", Ui.money(context, order.amountDueFen()));
        var text = new Paragraph(context.message(
                "counter.row",
                order.pickupNumber(),
                order.eaterName(),
                context.message(order.tier().messageKey()),
                payment,
                context.message(order.state().messageKey())));
        text.getStyle().set("margin", "0").set("flex", "1");
        var row = new Div(text);
        row.setId("canteen-order-" + order.id());
        row.getStyle()
                .set("display", "flex")
                .set("gap", "12px")
                .set("align-items", "center")
                .set("border-bottom", "1px solid #757575")
                .set("padding", "6px 0");
        Orders.nextStep(order).ifPresent(next -> {
            var advance = new Button(
                    context.message("counter.advance." + next.name().toLowerCase(java.util.Locale.ROOT)),
                    click -> move(order, next));
            advance.setId("canteen-advance-" + order.id());
            advance.addClassName("primary-action");
            row.add(advance);
        });
        if (order.state().open()) {
            var noShow = new Button(context.message("counter.no-show"), click -> move(order, OrderState.NO_SHOW));
            noShow.setId("canteen-noshow-" + order.id());
            row.add(noShow);
        }
        return row;
    }
}
