package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.tutoring.domain.Catalogue;
import org.happystation.plugins.tutoring.domain.GradeRange;
import org.happystation.plugins.tutoring.domain.Term;
import org.happystation.plugins.tutoring.domain.Tutor;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.happystation.plugins.tutoring.domain.TutoringException;
import org.happystation.plugins.tutoring.domain.WeeklySchedule;

/**
 * The form of a class: it takes a class in (or none for a new one), and hands the class as filled to its save
 * listener; it stores nothing. Input the class refuses shows its sentence in the form and changes nothing.
 */
class ClassForm extends Div {

    static final List<String> SUBJECTS = List.of("语文", "数学", "英语", "书法", "科学", "美术", "作业辅导");

    private final PluginContext context;
    private final TutoringClass existing;
    private final TextField name = new TextField();
    private final ComboBox<String> subject = new ComboBox<>();
    private final Select<Integer> gradeFrom = new Select<>();
    private final Select<Integer> gradeTo = new Select<>();
    private final Select<Tutor> tutor = new Select<>();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final Select<String> room = new Select<>();
    private final IntegerField capacity = new IntegerField();
    private final Select<Term> term = new Select<>();
    private final Div problem = new Div();
    private final Button save;
    private final Button cancel;

    ClassForm(PluginContext context, Catalogue catalogue, TutoringClass existing) {
        this.context = context;
        this.existing = existing;
        setId("tutoring-admin-class-form");
        configureFields(catalogue);
        save = new Button(context.message("admin.save"));
        save.setId("tutoring-admin-class-save");
        save.addClassName("primary-action");
        cancel = new Button(context.message("admin.cancel"));
        cancel.setId("tutoring-admin-class-cancel");
        var layout = new FormLayout(name, subject, gradeFrom, gradeTo, tutor, days, start, end, room, capacity, term);
        String title = existing == null ? context.message("admin.class.new") : existing.name();
        add(new H3(title), problem, layout, new Div(save, cancel));
        if (existing != null) {
            fill(existing);
        } else {
            // A typical after-school time and class size, so the manager changes rather than types them.
            start.setValue(LocalTime.of(16, 30));
            end.setValue(LocalTime.of(18, 0));
            capacity.setValue(12);
        }
    }

    /** Called with the class as filled in, when it is a valid class. */
    void onSave(Consumer<TutoringClass> listener) {
        save.addClickListener(click -> read().ifPresent(listener));
    }

    void onCancel(Runnable listener) {
        cancel.addClickListener(click -> listener.run());
    }

    private void configureFields(Catalogue catalogue) {
        setUp(name, "tutoring-admin-class-name", "admin.class.name");
        setUp(subject, "tutoring-admin-class-subject", "admin.class.subject");
        subject.setItems(SUBJECTS);
        subject.setAllowCustomValue(true);
        subject.addCustomValueSetListener(event -> subject.setValue(event.getDetail()));
        var grades =
                IntStream.rangeClosed(GradeRange.FIRST, GradeRange.LAST).boxed().toList();
        for (Select<Integer> grade : List.of(gradeFrom, gradeTo)) {
            grade.setItems(grades);
            grade.setItemLabelGenerator(each -> Ui.grade(context, each));
        }
        setUp(gradeFrom, "tutoring-admin-class-grade-from", "admin.class.grade-from");
        setUp(gradeTo, "tutoring-admin-class-grade-to", "admin.class.grade-to");
        var tutors = new ArrayList<Tutor>();
        tutors.add(Tutor.NONE);
        tutors.addAll(catalogue.tutors());
        tutor.setItems(tutors);
        tutor.setItemLabelGenerator(each -> each.residentId() == 0 ? context.message("class.tutor-none") : each.name());
        tutor.setValue(Tutor.NONE);
        setUp(tutor, "tutoring-admin-class-tutor", "admin.class.tutor");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> Ui.weekday(context, day));
        setUp(days, "tutoring-admin-class-days", "admin.class.days");
        setUp(start, "tutoring-admin-class-start", "admin.class.start");
        setUp(end, "tutoring-admin-class-end", "admin.class.end");
        room.setItems(catalogue.rooms());
        setUp(room, "tutoring-admin-class-room", "admin.class.room");
        capacity.setMin(1);
        capacity.setMax(200);
        capacity.setStepButtonsVisible(true);
        setUp(capacity, "tutoring-admin-class-capacity", "admin.class.capacity");
        term.setItems(catalogue.terms());
        term.setItemLabelGenerator(each -> Ui.term(context, each));
        catalogue.terms().stream().findFirst().ifPresent(term::setValue);
        setUp(term, "tutoring-admin-class-term", "admin.class.term");
    }

    private void setUp(HasLabel field, String id, String labelKey) {
        field.setLabel(context.message(labelKey));
        ((Component) field).setId(id);
    }

    private void fill(TutoringClass tutoringClass) {
        name.setValue(tutoringClass.name());
        subject.setValue(tutoringClass.subject());
        gradeFrom.setValue(tutoringClass.grades().from());
        gradeTo.setValue(tutoringClass.grades().to());
        tutor.getListDataView()
                .getItems()
                .filter(each -> each.residentId() == tutoringClass.tutor().residentId())
                .findFirst()
                .ifPresentOrElse(tutor::setValue, () -> {
                    tutor.getListDataView().addItem(tutoringClass.tutor());
                    tutor.setValue(tutoringClass.tutor());
                });
        days.setValue(tutoringClass.schedule().days());
        start.setValue(tutoringClass.schedule().start());
        end.setValue(tutoringClass.schedule().end());
        if (!tutoringClass.room().isEmpty()
                && room.getListDataView().getItems().noneMatch(tutoringClass.room()::equals)) {
            room.getListDataView().addItem(tutoringClass.room());
        }
        room.setValue(tutoringClass.room().isEmpty() ? null : tutoringClass.room());
        capacity.setValue(tutoringClass.capacity());
        term.getListDataView()
                .getItems()
                .filter(each -> each.id().equals(tutoringClass.termId()))
                .findFirst()
                .ifPresent(term::setValue);
    }

    private Optional<TutoringClass> read() {
        problem.removeAll();
        try {
            var schedule = WeeklySchedule.of(days.getValue(), start.getValue(), end.getValue());
            var grades = new GradeRange(orZero(gradeFrom.getValue()), orZero(gradeTo.getValue()));
            var filled = new TutoringClass(
                    existing == null ? "" : existing.id(),
                    existing == null ? 0 : existing.version(),
                    name.getValue(),
                    subject.getValue(),
                    grades,
                    tutor.getValue(),
                    schedule,
                    room.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(),
                    term.getValue() == null ? "" : term.getValue().id(),
                    false,
                    false,
                    "",
                    null);
            return Optional.of(filled);
        } catch (TutoringException refused) {
            problem.add(Ui.notice(Ui.explain(context, refused), "tutoring-admin-class-problem"));
            return Optional.empty();
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
