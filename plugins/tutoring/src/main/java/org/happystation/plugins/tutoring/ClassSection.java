package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugins.tutoring.domain.Occupancy;
import org.happystation.plugins.tutoring.domain.SampleClasses;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.happystation.plugins.tutoring.domain.TutoringException;

/** The manager's classes: the list with their places, the form to create or edit one, close and reopen. */
class ClassSection extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;
    private final Consumer<String> say;
    private final Div list = new Div();
    private final Div editor = new Div();

    ClassSection(AdminContext context, Tutoring tutoring, Consumer<String> say) {
        this.context = context;
        this.tutoring = tutoring;
        this.say = say;
        setId("tutoring-admin-class-section");
        var create = new Button(context.message("admin.class.new"), click -> edit(null));
        create.setId("tutoring-admin-new-class");
        add(new H3(context.message("admin.section.classes")), create, editor, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        if (tutoring.catalogue.classes().stream().anyMatch(TutoringClass::sample)) {
            list.add(sampleNotice());
        }
        tutoring.catalogue.classes().forEach(each -> list.add(line(each)));
        if (tutoring.catalogue.classes().isEmpty()) {
            list.add(Ui.text(context.message("admin.class.none"), 18));
        }
    }

    private Component sampleNotice() {
        var remove = new Button(context.message("admin.sample.remove"), click -> removeSamples());
        remove.setId("tutoring-admin-remove-samples");
        return new Div(Ui.text(context.message("admin.sample.intro"), 18), remove);
    }

    private void removeSamples() {
        int removed = SampleClasses.removeSamples(tutoring.catalogue, tutoring.enrolments);
        say.accept(context.message("admin.sample.removed", removed));
        refresh();
    }

    private Component line(TutoringClass each) {
        Occupancy occupancy = tutoring.enrolments.occupancy(each);
        var title = new Div(new Span(each.name()));
        title.getStyle().set("font-weight", "bold");
        if (each.sample()) {
            title.add(badge(context.message("admin.sample.badge"), "tutoring-admin-sample-" + each.id()));
        }
        if (each.closed()) {
            title.add(badge(context.message("admin.class.closed"), "tutoring-admin-closed-" + each.id()));
        }
        var edit = new Button(context.message("admin.edit"), click -> edit(each));
        edit.setId("tutoring-admin-edit-" + each.id());
        var close = new Button(
                context.message(each.closed() ? "admin.class.reopen" : "admin.class.close"),
                click -> setClosed(each, !each.closed()));
        close.setId("tutoring-admin-close-" + each.id());
        var actions = new Div(edit, close);
        actions.getStyle().set("display", "flex").set("gap", "8px");
        return Ui.card(
                "tutoring-admin-class-" + each.id(),
                title,
                Ui.text(
                        context.message(
                                "admin.class.line",
                                each.subject(),
                                Ui.grades(context, each),
                                Ui.schedule(context, each),
                                each.room(),
                                Ui.tutor(context, each)),
                        18),
                Ui.text(
                        context.message(
                                "admin.class.places", occupancy.booked(), occupancy.capacity(), occupancy.waiting()),
                        18),
                actions);
    }

    private static Span badge(String text, String id) {
        var badge = new Span(text);
        badge.setId(id);
        badge.getStyle()
                .set("margin-left", "12px")
                .set("padding", "2px 8px")
                .set("border", "1px solid #1a1a1a")
                .set("border-radius", "6px")
                .set("font-weight", "normal");
        return badge;
    }

    private void edit(TutoringClass existing) {
        if (tutoring.catalogue.terms().isEmpty()) {
            say.accept(context.message("admin.class.needs-term"));
            return;
        }
        var form = new ClassForm(context, tutoring.catalogue, existing);
        form.onSave(edited -> save(existing, edited));
        form.onCancel(() -> editor.removeAll());
        editor.removeAll();
        editor.add(form);
    }

    private void save(TutoringClass existing, TutoringClass edited) {
        try {
            TutoringClass saved;
            if (existing == null) {
                saved = tutoring.catalogue.save(edited);
            } else {
                TutoringClass stored = current(existing);
                tutoring.enrolments.changeCapacity(stored, edited.capacity());
                saved = tutoring.catalogue.save(stored.edited(edited));
            }
            editor.removeAll();
            say.accept(context.message("admin.class.saved", saved.name()));
            refresh();
        } catch (TutoringException refused) {
            say.accept(Ui.explain(context, refused));
        } catch (ConcurrentChangeException changed) {
            say.accept(context.message("admin.changed-meanwhile"));
        }
    }

    /** The class as stored now, so that a slot a kiosk opened since the form was filled stays. */
    private TutoringClass current(TutoringClass existing) {
        return tutoring.catalogue.findClass(existing.id()).orElseThrow(() -> new TutoringException("enrol.class-gone"));
    }

    private void setClosed(TutoringClass each, boolean closed) {
        try {
            tutoring.catalogue.setClosed(tutoring.catalogue.findClass(each.id()).orElseThrow(), closed);
            say.accept(context.message(closed ? "admin.class.closed-now" : "admin.class.reopened", each.name()));
        } catch (ConcurrentChangeException changed) {
            say.accept(context.message("admin.changed-meanwhile"));
        }
        refresh();
    }
}
