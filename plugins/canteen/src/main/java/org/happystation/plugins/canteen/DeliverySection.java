package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.canteen.domain.CanteenException;
import org.happystation.plugins.canteen.domain.DeliveryList;

/** The residents who get meals delivered: find a resident, add them with address and note, or remove. */
class DeliverySection extends Div {

    private final AdminContext context;
    private final DeliveryList deliveryList;
    private final TextField query = new TextField();
    private final Div found = new Div();
    private final Div current = new Div();
    private final Div message = new Div();

    DeliverySection(AdminContext context) {
        this.context = context;
        this.deliveryList = new DeliveryList(context.records());
        setId("canteen-delivery-list");
        query.setLabel(context.message("delivery.search"));
        query.setId("canteen-delivery-search");
        var search = new Button(context.message("delivery.search.button"), click -> search());
        search.setId("canteen-delivery-search-button");
        var bar = new Div(query, search);
        bar.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "flex-end");
        add(new H3(context.message("admin.section.delivery")), message, bar, found, current);
        showCurrent();
    }

    private void search() {
        found.removeAll();
        var residents = context.findResidents(query.getValue().strip());
        if (residents.isEmpty()) {
            found.add(new Paragraph(context.message("delivery.search.none")));
        }
        residents.forEach(resident -> found.add(candidate(resident)));
    }

    private Component candidate(ResidentInfo resident) {
        var address = new TextField(context.message("delivery.address"));
        address.setId("canteen-delivery-address-" + resident.id());
        var note = new TextField(context.message("delivery.note"));
        var add = new Button(context.message("delivery.add"), click -> add(resident, address, note));
        add.setId("canteen-delivery-add-" + resident.id());
        var row = new Div(new Paragraph(resident.name() + " (" + resident.birthYear() + ")"), address, note, add);
        row.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "flex-end");
        return row;
    }

    private void add(ResidentInfo resident, TextField address, TextField note) {
        try {
            deliveryList.add(resident.id(), resident.name(), address.getValue(), note.getValue());
            say(context.message("delivery.added", resident.name()));
            found.removeAll();
        } catch (CanteenException refused) {
            say(context.message(refused.messageKey(), refused.arguments()));
        }
        showCurrent();
    }

    private void showCurrent() {
        current.removeAll();
        current.add(new H3(context.message("delivery.current")));
        var entries = deliveryList.all();
        if (entries.isEmpty()) {
            current.add(new Paragraph(context.message("delivery.empty")));
        }
        for (DeliveryList.Entry entry : entries) {
            var remove = new Button(context.message("delivery.remove"), click -> {
                deliveryList.remove(entry.residentId());
                say(context.message("delivery.removed", entry.name()));
                showCurrent();
            });
            remove.setId("canteen-delivery-remove-" + entry.residentId());
            var row = new Div(new Paragraph(entry.name() + " · " + entry.address() + " · " + entry.note()), remove);
            row.getStyle().set("display", "flex").set("gap", "12px").set("align-items", "center");
            current.add(row);
        }
    }

    private void say(String text) {
        message.removeAll();
        var paragraph = new Paragraph(text);
        paragraph.setId("canteen-delivery-message");
        paragraph.getElement().setAttribute("role", "status");
        message.add(paragraph);
    }
}
