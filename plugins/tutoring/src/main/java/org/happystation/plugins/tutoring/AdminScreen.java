package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.function.Supplier;
import org.happystation.plugin.api.AdminContext;

/** The manager's screen: classes, terms, rooms, tutors and the report, one section at a time. */
class AdminScreen extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;
    private final Div message = new Div();
    private final Div section = new Div();

    AdminScreen(AdminContext context) {
        this.context = context;
        this.tutoring = Tutoring.of(context);
        setId("tutoring-admin");
        getStyle().set("font-size", "18px");
        message.setId("tutoring-admin-message");
        add(new H2(context.message("admin.title")), sectionButtons(), message, section);
        showSection(this::classes);
    }

    /** Shows a sentence above the section (a result, or a refusal that says what to do). */
    void say(String text) {
        message.removeAll();
        if (!text.isEmpty()) {
            message.add(Ui.notice(text, "tutoring-admin-notice"));
        }
    }

    private Component classes() {
        return new ClassSection(context, tutoring, this::say);
    }

    private Component sectionButtons() {
        var bar = new Div(
                sectionButton("admin.section.classes", "tutoring-admin-classes", this::classes),
                sectionButton(
                        "admin.section.terms",
                        "tutoring-admin-terms",
                        () -> new TermSection(context, tutoring, this::say)),
                sectionButton(
                        "admin.section.rooms",
                        "tutoring-admin-rooms",
                        () -> new RoomSection(context, tutoring, this::say)),
                sectionButton(
                        "admin.section.tutors",
                        "tutoring-admin-tutors",
                        () -> new TutorSection(context, tutoring, this::say)),
                sectionButton(
                        "admin.section.report", "tutoring-admin-report", () -> new ReportSection(context, tutoring)));
        bar.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "12px")
                .set("margin-bottom", "16px");
        return bar;
    }

    private Button sectionButton(String key, String id, Supplier<Component> content) {
        var button = new Button(context.message(key), click -> showSection(content));
        button.setId(id);
        return button;
    }

    private void showSection(Supplier<Component> content) {
        say("");
        section.removeAll();
        section.add(content.get());
    }
}
