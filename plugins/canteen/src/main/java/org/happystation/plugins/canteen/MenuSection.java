package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.canteen.domain.Dish;
import org.happystation.plugins.canteen.domain.Meal;
import org.happystation.plugins.canteen.domain.Menus;

/** The menus of a week: a meal per button, "copy last week", and the editor of the chosen meal. */
class MenuSection extends Div {

    private final AdminContext context;
    private final Menus menus;
    private final DatePicker week = new DatePicker();
    private final Div message = new Div();
    private final Div grid = new Div();
    private final Div editor = new Div();

    MenuSection(AdminContext context, Menus menus, LocalDate today) {
        this.context = context;
        this.menus = menus;
        setId("canteen-menus");
        week.setLabel(context.message("menus.week"));
        week.setId("canteen-menus-week");
        week.setValue(Menus.mondayOf(today));
        week.addValueChangeListener(event -> showWeek());
        var copy = new Button(context.message("menus.copy-week"), click -> copyLastWeek());
        copy.setId("canteen-copy-week");
        var bar = new Div(week, copy);
        bar.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "flex-end");
        add(new H3(context.message("admin.section.menus")), bar, message, grid, editor);
        showWeek();
    }

    private LocalDate monday() {
        return Menus.mondayOf(week.getValue() == null ? LocalDate.now(context.clock()) : week.getValue());
    }

    private void showWeek() {
        grid.removeAll();
        var pattern = DateTimeFormatter.ofPattern(context.message("admin.date.pattern"), context.locale());
        for (int offset = 0; offset < 7; offset++) {
            LocalDate day = monday().plusDays(offset);
            var row = new Div(new Span(day.format(pattern)));
            row.getStyle()
                    .set("display", "flex")
                    .set("gap", "12px")
                    .set("align-items", "center")
                    .set("margin", "4px 0");
            for (Meal meal : Meal.values()) {
                row.add(mealButton(day, meal));
            }
            grid.add(row);
        }
    }

    private Component mealButton(LocalDate day, Meal meal) {
        Optional<Menus.Menu> menu = menus.find(day, meal);
        String label = context.message("meal." + meal.key()) + ": "
                + menu.map(found ->
                                context.message("menus.dishes", found.dishes().size()))
                        .orElse(context.message("menus.empty"));
        if (menu.isPresent() && menu.get().sample()) {
            label += " [" + context.message("menus.sample") + "]";
        }
        var button = new Button(label, click -> edit(day, meal));
        button.setId("canteen-menu-edit-" + day + "-" + meal.key());
        return button;
    }

    private void copyLastWeek() {
        Menus.CopyResult result = menus.copyLastWeek(monday());
        String text = context.message(
                "menus.copied", result.copied().size(), result.skipped().size());
        if (!result.skipped().isEmpty()) {
            text += " " + context.message("menus.skipped", String.join("、", result.skipped()));
        }
        say(text);
        showWeek();
    }

    private void edit(LocalDate day, Meal meal) {
        editor.removeAll();
        Optional<Menus.Menu> menu = menus.find(day, meal);
        var rows = new ArrayList<DishForm>();
        var list = new Div();
        menu.map(Menus.Menu::dishes).orElse(List.of()).forEach(dish -> addRow(rows, list, dish));
        if (rows.isEmpty()) {
            addRow(rows, list, new Dish("", List.of(), "", ""));
        }
        var more = new Button(
                context.message("menus.add-dish"), click -> addRow(rows, list, new Dish("", List.of(), "", "")));
        more.setId("canteen-menu-add-dish");
        var save = new Button(context.message("menus.save"), click -> save(day, meal, rows));
        save.setId("canteen-menu-save");
        save.addClassName("primary-action");
        String title = context.message("menus.editing", day.toString(), context.message("meal." + meal.key()));
        editor.add(new H3(title), list, more, save);
        if (menu.isPresent() && menu.get().sample()) {
            editor.addComponentAtIndex(1, new Paragraph(context.message("menus.sample.note")));
        }
    }

    private void addRow(List<DishForm> rows, Div list, Dish dish) {
        var form = new DishForm(context, dish, rows.size());
        form.addPhotoRefusedListener(event -> say(event.reason()));
        rows.add(form);
        list.add(form);
    }

    private void save(LocalDate day, Meal meal, List<DishForm> rows) {
        menus.save(day, meal, rows.stream().map(DishForm::dish).toList());
        say(context.message("menus.saved", day.toString(), context.message("meal." + meal.key())));
        editor.removeAll();
        showWeek();
    }

    private void say(String text) {
        message.removeAll();
        var paragraph = new Paragraph(text);
        paragraph.setId("canteen-menus-message");
        paragraph.getElement().setAttribute("role", "status");
        message.add(paragraph);
    }
}
