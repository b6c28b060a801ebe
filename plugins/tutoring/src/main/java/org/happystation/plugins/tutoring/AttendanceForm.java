package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.tutoring.domain.AttendanceSheet;
import org.happystation.plugins.tutoring.domain.Pupil;

/**
 * A session's roster with one toggle per child (到 / 未到, the state in words and by a tick, not by colour
 * only), a short note and the save button. It takes the marks in and hands them to its save listener; it
 * saves nothing itself, so the tutor's kiosk and the staff's console share it.
 */
class AttendanceForm extends Div {

    private final PluginContext context;
    private final Set<Long> present = new HashSet<>();
    private final TextArea note = new TextArea();
    private final Button save;

    AttendanceForm(PluginContext context, List<Pupil> roster, Set<Long> marked, String noteText, int sizePx) {
        this.context = context;
        setId("tutoring-attendance-form");
        present.addAll(marked);
        var toggles = Ui.column();
        if (roster.isEmpty()) {
            toggles.add(Ui.text(context.message("session.roster.empty"), sizePx));
        }
        roster.forEach(pupil -> toggles.add(toggle(pupil, sizePx)));
        note.setId("tutoring-session-note");
        note.setLabel(context.message("session.note"));
        note.setMaxLength(AttendanceSheet.NOTE_LENGTH);
        note.setValue(noteText);
        note.setWidth("min(640px, 100%)");
        note.getStyle().set("font-size", sizePx + "px");
        save = Ui.big(context.message("session.save"), "tutoring-session-save", () -> {});
        save.addClassName("primary-action");
        add(Ui.text(context.message("session.roster.hint"), sizePx), toggles, note, save);
    }

    /** Called with this form when the save button is touched. */
    void onSave(Consumer<AttendanceForm> listener) {
        save.addClickListener(click -> listener.accept(this));
    }

    /** The ids of the children marked present. */
    Set<Long> present() {
        return Set.copyOf(present);
    }

    String note() {
        return note.getValue();
    }

    private Button toggle(Pupil pupil, int sizePx) {
        var toggle = new Button();
        toggle.setId("tutoring-present-" + pupil.childId());
        toggle.getStyle()
                .set("min-width", "360px")
                .set("min-height", sizePx >= 24 ? "80px" : "44px")
                .set("margin", "6px 0")
                .set("font-size", sizePx + "px");
        paint(toggle, pupil);
        toggle.addClickListener(click -> {
            if (!present.remove(pupil.childId())) {
                present.add(pupil.childId());
            }
            paint(toggle, pupil);
        });
        return toggle;
    }

    private void paint(Button toggle, Pupil pupil) {
        boolean here = present.contains(pupil.childId());
        toggle.setText(context.message(here ? "session.toggle.present" : "session.toggle.absent", pupil.name()));
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(here));
        toggle.getStyle()
                .set("border", here ? "4px solid #1b5e20" : "2px dashed #5a5a5a")
                .set("background", here ? "#e8f5e9" : "#ffffff")
                .set("color", "#1a1a1a");
    }
}
