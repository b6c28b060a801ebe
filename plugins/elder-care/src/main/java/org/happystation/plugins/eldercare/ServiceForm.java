package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.eldercare.domain.CareService;
import org.happystation.plugins.eldercare.domain.DeliveredBy;
import org.happystation.plugins.eldercare.domain.ElderCareException;
import org.happystation.plugins.eldercare.domain.Mobility;
import org.happystation.plugins.eldercare.domain.Period;
import org.happystation.plugins.eldercare.domain.WorkingPlan;

/**
 * The manager's form of one service and its working plan. It reads the fields into a {@link CareService}
 * and hands it to {@code onSave}; it stores nothing. Unreadable input is named in a sentence and nothing is
 * handed on.
 */
class ServiceForm extends Div {

    private final PluginContext context;
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final IntegerField duration = new IntegerField();
    private final IntegerField capacity = new IntegerField();
    private final Select<DeliveredBy> role = new Select<>();
    private final IntegerField minimumAge = new IntegerField();
    private final Map<Mobility, Checkbox> mobility = new EnumMap<>(Mobility.class);
    private final Checkbox atHome = new Checkbox();
    private final Map<DayOfWeek, TextField> weekly = new EnumMap<>(DayOfWeek.class);
    private final TextField breaks = new TextField();
    private final TextArea holidays = new TextArea();
    private final TextArea exceptions = new TextArea();
    private final Paragraph problem = new Paragraph();

    ServiceForm(PluginContext context, CareService service, Consumer<CareService> onSave, Runnable onCancel) {
        this.context = context;
        setId("eldercare-form");
        configureFields();
        fill(service);
        problem.setId("eldercare-form-problem");
        problem.getElement().setAttribute("role", "alert");
        var save = new Button(context.message("form.save"), click -> save(service, onSave));
        save.setId("eldercare-form-save");
        save.addClassName("primary-action");
        var cancel = new Button(context.message("form.cancel"), click -> onCancel.run());
        cancel.setId("eldercare-form-cancel");
        add(
                new H3(context.message(
                        service.id().isEmpty() ? "form.title.new" : "form.title.edit", service.nameZh())),
                row(nameZh, nameEn),
                row(duration, capacity, role, minimumAge),
                row(mobilityBoxes(), atHome),
                new H3(context.message("form.plan")),
                new Paragraph(context.message("form.plan.hint")),
                weekdays(),
                row(breaks),
                row(holidays, exceptions),
                problem,
                row(save, cancel));
    }

    private void configureFields() {
        field(nameZh, "form.name-zh", "eldercare-form-name-zh");
        field(nameEn, "form.name-en", "eldercare-form-name-en");
        field(duration, "form.duration", "eldercare-form-duration");
        field(capacity, "form.capacity", "eldercare-form-capacity");
        field(minimumAge, "form.minimum-age", "eldercare-form-minimum-age");
        role.setLabel(context.message("form.role"));
        role.setId("eldercare-form-role");
        role.setItems(DeliveredBy.values());
        role.setItemLabelGenerator(each -> context.message(each.messageKey()));
        atHome.setLabel(context.message("form.at-home"));
        atHome.setId("eldercare-form-at-home");
        field(breaks, "form.breaks", "eldercare-form-breaks");
        breaks.setWidth("24em");
        field(holidays, "form.holidays", "eldercare-form-holidays");
        field(exceptions, "form.exceptions", "eldercare-form-exceptions");
        holidays.setWidth("24em");
        exceptions.setWidth("32em");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            var hours = new TextField(weekday.getDisplayName(TextStyle.FULL, context.locale()));
            hours.setId("eldercare-form-day-" + weekday.name().toLowerCase(Locale.ROOT));
            hours.setWidth("20em");
            weekly.put(weekday, hours);
        }
    }

    private void field(com.vaadin.flow.component.HasLabel field, String labelKey, String id) {
        field.setLabel(context.message(labelKey));
        ((Component) field).setId(id);
    }

    private Component mobilityBoxes() {
        var boxes = new Div(new Paragraph(context.message("form.mobility")));
        for (Mobility level : Mobility.values()) {
            var box = new Checkbox(context.message(level.messageKey()));
            box.setId("eldercare-form-mobility-" + level.name().toLowerCase(Locale.ROOT));
            mobility.put(level, box);
            boxes.add(box);
        }
        return boxes;
    }

    private Component weekdays() {
        var days = new Div();
        weekly.values().forEach(days::add);
        days.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        return days;
    }

    private static Div row(Component... components) {
        var row = new Div(components);
        row.getStyle()
                .set("display", "flex")
                .set("gap", "16px")
                .set("flex-wrap", "wrap")
                .set("align-items", "flex-end");
        return row;
    }

    private void fill(CareService service) {
        boolean fresh = service.id().isEmpty();
        nameZh.setValue(fresh ? "" : service.nameZh());
        nameEn.setValue(fresh ? "" : service.nameEn());
        duration.setValue(service.durationMinutes());
        capacity.setValue(service.capacity());
        role.setValue(service.deliveredBy());
        minimumAge.setValue(service.minimumAge());
        mobility.forEach((level, box) -> box.setValue(service.accepted().contains(level)));
        atHome.setValue(service.atHome());
        weekly.forEach(
                (weekday, field) -> field.setValue(Period.format(service.plan().on(weekday))));
        breaks.setValue(Period.format(service.plan().breaks()));
        holidays.setValue(WorkingPlan.formatDates(service.plan().holidays()));
        exceptions.setValue(WorkingPlan.formatExceptions(service.plan().exceptions()));
    }

    private void save(CareService original, Consumer<CareService> onSave) {
        try {
            onSave.accept(read(original));
        } catch (ElderCareException refused) {
            problem.setText(Ui.sentence(context, refused));
        }
    }

    private CareService read(CareService original) {
        var accepted = EnumSet.noneOf(Mobility.class);
        mobility.forEach((level, box) -> {
            if (box.getValue()) {
                accepted.add(level);
            }
        });
        var plan = new WorkingPlan(
                periodsByDay(),
                Period.parseList(breaks.getValue()),
                WorkingPlan.parseDates(holidays.getValue()),
                WorkingPlan.parseExceptions(exceptions.getValue()));
        return new CareService(
                original.id(),
                original.version(),
                original.key(),
                nameZh.getValue().strip(),
                nameEn.getValue().strip(),
                number(duration, "form.duration"),
                number(capacity, "form.capacity"),
                role.getValue() == null ? DeliveredBy.CARE_WORKER : role.getValue(),
                number(minimumAge, "form.minimum-age"),
                accepted.isEmpty() ? EnumSet.noneOf(Mobility.class) : accepted,
                atHome.getValue(),
                plan,
                original.retired());
    }

    private Map<DayOfWeek, List<Period>> periodsByDay() {
        var days = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        weekly.forEach((weekday, field) -> {
            List<Period> periods = Period.parseList(field.getValue());
            if (!periods.isEmpty()) {
                days.put(weekday, periods);
            }
        });
        return days;
    }

    private int number(IntegerField field, String labelKey) {
        if (field.getValue() == null) {
            throw new ElderCareException("form.number-missing", context.message(labelKey));
        }
        return field.getValue();
    }
}
