package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.canteen.domain.Orders;

/** The manager's screen: three sections, one shown at a time. */
class AdminScreen extends Div {

    private final AdminContext context;
    private final Orders orders;
    private final Div section = new Div();

    AdminScreen(AdminContext context) {
        this.context = context;
        this.orders = Canteen.orders(context);
        setId("canteen-admin");
        getStyle().set("font-size", "18px");
        add(new H2(context.message("admin.title")), sectionButtons(), section);
        section.add(new MenuSection(context, Canteen.menus(context, orders), orders.today()));
    }

    private Component sectionButtons() {
        var menus = new Button(
                context.message("admin.section.menus"),
                click -> showSection(new MenuSection(context, Canteen.menus(context, orders), orders.today())));
        menus.setId("canteen-admin-menus");
        var delivery = new Button(
                context.message("admin.section.delivery"), click -> showSection(new DeliverySection(context)));
        delivery.setId("canteen-admin-delivery");
        var report = new Button(
                context.message("admin.section.report"), click -> showSection(new ReportSection(context, orders)));
        report.setId("canteen-admin-report");
        var bar = new Div(menus, delivery, report);
        bar.getStyle().set("display", "flex").set("gap", "12px").set("margin-bottom", "16px");
        return bar;
    }

    private void showSection(Component content) {
        section.removeAll();
        section.add(content);
    }
}
