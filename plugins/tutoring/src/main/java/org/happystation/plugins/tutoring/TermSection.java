package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugins.tutoring.domain.Term;
import org.happystation.plugins.tutoring.domain.TutoringException;

/** The manager's terms: a new term, each term's dates, and its holidays (days without sessions). */
class TermSection extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;
    private final Consumer<String> say;
    private final Div list = new Div();

    TermSection(AdminContext context, Tutoring tutoring, Consumer<String> say) {
        this.context = context;
        this.tutoring = tutoring;
        this.say = say;
        setId("tutoring-admin-term-section");
        add(new H3(context.message("admin.section.terms")), newTerm(), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        tutoring.catalogue.terms().forEach(term -> list.add(termCard(term)));
    }

    private Component newTerm() {
        var name = new TextField(context.message("admin.term.name"));
        name.setId("tutoring-admin-term-name");
        var first = datePicker("admin.term.first", "tutoring-admin-term-first");
        var last = datePicker("admin.term.last", "tutoring-admin-term-last");
        var add = new Button(
                context.message("admin.term.add"),
                click -> attempt(() -> {
                    Term saved =
                            tutoring.catalogue.save(Term.draft(name.getValue(), first.getValue(), last.getValue()));
                    name.clear();
                    first.clear();
                    last.clear();
                    return context.message("admin.term.saved", saved.name());
                }));
        add.setId("tutoring-admin-term-add");
        return row(name, first, last, add);
    }

    private Component termCard(Term term) {
        var name = new TextField(context.message("admin.term.name"), term.name(), "");
        name.setId("tutoring-admin-term-name-" + term.id());
        var first = datePicker("admin.term.first", "tutoring-admin-term-first-" + term.id());
        first.setValue(term.first());
        var last = datePicker("admin.term.last", "tutoring-admin-term-last-" + term.id());
        last.setValue(term.last());
        var save = new Button(
                context.message("admin.save"),
                click -> attempt(() -> {
                    Term saved =
                            tutoring.catalogue.save(term.changed(name.getValue(), first.getValue(), last.getValue()));
                    return context.message("admin.term.saved", saved.name());
                }));
        save.setId("tutoring-admin-term-save-" + term.id());
        return Ui.card(
                "tutoring-admin-term-" + term.id(), row(name, first, last, save), holidayAdder(term), holidays(term));
    }

    private Component holidayAdder(Term term) {
        var from = datePicker("admin.holiday.from", "tutoring-admin-holiday-from-" + term.id());
        var to = datePicker("admin.holiday.to", "tutoring-admin-holiday-to-" + term.id());
        var add = new Button(
                context.message("admin.holiday.add"),
                click -> attempt(() -> {
                    tutoring.catalogue.save(term.withHolidays(from.getValue(), to.getValue()));
                    return context.message("admin.holiday.added", term.name());
                }));
        add.setId("tutoring-admin-holiday-add-" + term.id());
        return row(from, to, add);
    }

    private Component holidays(Term term) {
        var days = new Div();
        days.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        if (term.holidays().isEmpty()) {
            days.add(Ui.text(context.message("admin.holiday.none"), 18));
        }
        for (LocalDate day : term.holidays()) {
            var remove = new Button(
                    context.message("admin.holiday.remove", Ui.date(context, day)),
                    click -> attempt(() -> {
                        tutoring.catalogue.save(term.withoutHoliday(day));
                        return context.message("admin.holiday.removed", Ui.date(context, day));
                    }));
            remove.setId("tutoring-admin-holiday-remove-" + term.id() + "-" + day);
            days.add(remove);
        }
        return days;
    }

    private DatePicker datePicker(String labelKey, String id) {
        var picker = new DatePicker(context.message(labelKey));
        picker.setId(id);
        picker.setLocale(context.locale());
        return picker;
    }

    private static Div row(Component... components) {
        var row = new Div(components);
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "12px")
                .set("align-items", "baseline");
        return row;
    }

    private void attempt(java.util.function.Supplier<String> change) {
        try {
            say.accept(change.get());
            refresh();
        } catch (TutoringException refused) {
            say.accept(Ui.explain(context, refused));
        } catch (ConcurrentChangeException changed) {
            say.accept(context.message("admin.changed-meanwhile"));
            refresh();
        }
    }
}
