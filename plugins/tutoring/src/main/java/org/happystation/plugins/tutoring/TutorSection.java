package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.tutoring.domain.Tutor;
import org.happystation.plugins.tutoring.domain.TutoringException;

/**
 * The manager's tutors: residents found by name or mobile number who are active volunteers of the station.
 * Only a volunteer can be added, since a tutor's sessions go into their volunteer record.
 */
class TutorSection extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;
    private final Consumer<String> say;
    private final TextField search = new TextField();
    private final Div results = new Div();
    private final Div list = new Div();

    TutorSection(AdminContext context, Tutoring tutoring, Consumer<String> say) {
        this.context = context;
        this.tutoring = tutoring;
        this.say = say;
        setId("tutoring-admin-tutor-section");
        search.setLabel(context.message("admin.tutor.search"));
        search.setId("tutoring-admin-tutor-search");
        var find = new Button(context.message("admin.tutor.find"), click -> find());
        find.setId("tutoring-admin-tutor-search-button");
        var form = new Div(search, find);
        form.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "baseline");
        results.setId("tutoring-admin-tutor-results");
        list.setId("tutoring-admin-tutor-list");
        add(
                new H3(context.message("admin.section.tutors")),
                form,
                results,
                new H3(context.message("admin.tutor.list")),
                list);
        if (!context.volunteerWork().available()) {
            add(Ui.text(context.message("admin.tutor.records-unavailable"), 18));
        }
        refresh();
    }

    private void find() {
        results.removeAll();
        List<ResidentInfo> found = context.findResidents(search.getValue().strip());
        if (found.isEmpty()) {
            results.add(Ui.text(context.message("admin.tutor.none-found"), 18));
        }
        found.forEach(resident -> results.add(candidate(resident)));
    }

    private Component candidate(ResidentInfo resident) {
        boolean volunteer = context.volunteerWork().isVolunteer(resident);
        var add = new Button(context.message("admin.tutor.add"), click -> {
            try {
                tutoring.catalogue.addTutor(resident, context.volunteerWork().isVolunteer(resident));
                say.accept(context.message("admin.tutor.added", resident.name()));
                refresh();
            } catch (TutoringException refused) {
                say.accept(Ui.explain(context, refused));
            }
        });
        add.setId("tutoring-admin-tutor-add-" + resident.id());
        add.setEnabled(volunteer);
        String state = context.message(volunteer ? "admin.tutor.is-volunteer" : "admin.tutor.not-volunteer");
        var line = new Div(new Span(resident.name() + "（" + resident.birthYear() + "）"), new Span(state), add);
        line.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "center");
        return line;
    }

    private void refresh() {
        list.removeAll();
        List<Tutor> tutors = tutoring.catalogue.tutors();
        if (tutors.isEmpty()) {
            list.add(Ui.text(context.message("admin.tutor.empty"), 18));
        }
        for (Tutor tutor : tutors) {
            long classes = tutoring.catalogue.taughtBy(tutor.residentId()).size();
            var remove = new Button(context.message("admin.remove"), click -> {
                tutoring.catalogue.removeTutor(tutor.residentId());
                say.accept(context.message("admin.tutor.removed", tutor.name()));
                refresh();
            });
            remove.setId("tutoring-admin-tutor-remove-" + tutor.residentId());
            var line = new Div(new Span(context.message("admin.tutor.line", tutor.name(), classes)), remove);
            line.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "center");
            list.add(line);
        }
    }
}
