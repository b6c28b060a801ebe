package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.tutoring.domain.TutoringException;

/** The manager's rooms: the names the class form offers. */
class RoomSection extends Div {

    private final AdminContext context;
    private final Tutoring tutoring;
    private final Consumer<String> say;
    private final Div list = new Div();

    RoomSection(AdminContext context, Tutoring tutoring, Consumer<String> say) {
        this.context = context;
        this.tutoring = tutoring;
        this.say = say;
        setId("tutoring-admin-room-section");
        var name = new TextField(context.message("admin.room.name"));
        name.setId("tutoring-admin-room-name");
        var add = new Button(context.message("admin.room.add"), click -> {
            try {
                tutoring.catalogue.addRoom(name.getValue());
                say.accept(context.message("admin.room.added", name.getValue().strip()));
                name.clear();
                refresh();
            } catch (TutoringException refused) {
                say.accept(Ui.explain(context, refused));
            }
        });
        add.setId("tutoring-admin-room-add");
        var form = new Div(name, add);
        form.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "baseline");
        add(new H3(context.message("admin.section.rooms")), form, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        int index = 0;
        for (String room : tutoring.catalogue.rooms()) {
            var remove = new Button(context.message("admin.remove"), click -> {
                tutoring.catalogue.removeRoom(room);
                say.accept(context.message("admin.room.removed", room));
                refresh();
            });
            remove.setId("tutoring-admin-room-remove-" + index++);
            var line = new Div(new Span(room), remove);
            line.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "center");
            list.add(line);
        }
    }
}
