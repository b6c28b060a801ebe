package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.tutoring.domain.GradeRange;

/**
 * The child's grade as nine big buttons, one touch each: a drop-down list is small, opens a pop-up and is
 * hard to hit for an elderly hand. The chosen grade says so in words (✓ and "已选"), not by colour only.
 */
final class GradePicker extends Composite<Div> {

    private final PluginContext context;
    private final List<Button> buttons = new ArrayList<>();
    private int grade;

    GradePicker(PluginContext context) {
        this.context = context;
        getContent().setId("tutoring-grade");
        getContent().add(Ui.text(context.message("profile.grade"), 24));
        var row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        for (int each = GradeRange.FIRST; each <= GradeRange.LAST; each++) {
            int chosen = each;
            var button = new Button(Ui.grade(context, each), click -> choose(chosen));
            button.setId("tutoring-grade-" + each);
            button.getStyle().set("min-width", "140px").set("min-height", "72px");
            buttons.add(button);
            row.add(button);
        }
        getContent().add(row);
    }

    /** The chosen grade, or 0 when none is chosen yet. */
    int grade() {
        return grade;
    }

    void choose(int chosen) {
        grade = chosen;
        for (int i = 0; i < buttons.size(); i++) {
            int each = GradeRange.FIRST + i;
            var button = buttons.get(i);
            boolean on = each == chosen;
            button.setText(
                    on
                            ? "✓ " + Ui.grade(context, each) + " " + context.message("profile.grade.chosen")
                            : Ui.grade(context, each));
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                button.addClassName("primary-action");
            } else {
                button.removeClassName("primary-action");
            }
        }
    }
}
