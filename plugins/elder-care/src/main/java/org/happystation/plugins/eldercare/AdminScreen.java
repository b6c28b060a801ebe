package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.eldercare.domain.CareService;
import org.happystation.plugins.eldercare.domain.CareServices;
import org.happystation.plugins.eldercare.domain.DeliveredBy;
import org.happystation.plugins.eldercare.domain.ElderCareException;
import org.happystation.plugins.eldercare.domain.Mobility;
import org.happystation.plugins.eldercare.domain.Period;
import org.happystation.plugins.eldercare.domain.WorkingPlan;

/** The manager's screen: the services with their plans (create, edit, retire), and the weekly report. */
class AdminScreen extends Div {

    private final AdminContext context;
    private final CareServices services;
    private final Div message = new Div();
    private final Div section = new Div();

    AdminScreen(AdminContext context) {
        this.context = context;
        this.services = ElderCare.services(context);
        setId("eldercare-admin");
        getStyle().set("font-size", "18px");
        add(new H2(context.message("admin.title")), sectionButtons(), message, section);
        showServices();
    }

    private Component sectionButtons() {
        var list = new Button(context.message("admin.section.services"), click -> showServices());
        list.setId("eldercare-admin-services");
        var report = new Button(context.message("admin.section.report"), click -> show(new ReportSection(context)));
        report.setId("eldercare-admin-report");
        var bar = new Div(list, report);
        bar.getStyle().set("display", "flex").set("gap", "12px").set("margin-bottom", "16px");
        return bar;
    }

    private void show(Component content) {
        section.removeAll();
        section.add(content);
    }

    private void say(String text) {
        message.removeAll();
        var paragraph = new Paragraph(text);
        paragraph.setId("eldercare-admin-message");
        paragraph.getElement().setAttribute("role", "status");
        paragraph.getStyle().set("border", "2px solid #1a1a1a").set("padding", "8px");
        message.add(paragraph);
    }

    private void showServices() {
        var list = new Div(new H3(context.message("admin.section.services")));
        list.add(new Paragraph(context.message("admin.services.hint")));
        services.all().forEach(service -> list.add(serviceRow(service)));
        var create = new Button(context.message("admin.new"), click -> edit(template()));
        create.setId("eldercare-admin-new");
        create.addClassName("primary-action");
        list.add(create);
        show(list);
    }

    private Component serviceRow(CareService service) {
        var text = new Paragraph(describe(service));
        text.getStyle().set("margin", "0").set("flex", "1");
        var edit = new Button(context.message("admin.edit"), click -> edit(service));
        edit.setId("eldercare-admin-edit-" + service.key());
        var retire = new Button(
                context.message(service.retired() ? "admin.reactivate" : "admin.retire"),
                click -> save(service.withRetired(!service.retired())));
        retire.setId("eldercare-admin-retire-" + service.key());
        var row = new Div(text, edit, retire);
        row.setId("eldercare-admin-service-" + service.key());
        row.getStyle()
                .set("display", "flex")
                .set("gap", "12px")
                .set("align-items", "center")
                .set("border-bottom", "1px solid #757575")
                .set("padding", "6px 0");
        return row;
    }

    private String describe(CareService service) {
        String levels = service.accepted().stream()
                .sorted()
                .map(level -> context.message(level.messageKey()))
                .collect(Collectors.joining("、"));
        String hours = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .filter(day -> !service.plan().on(day).isEmpty())
                .map(day -> day.getDisplayName(java.time.format.TextStyle.SHORT, context.locale()) + " "
                        + Period.format(service.plan().on(day)))
                .collect(Collectors.joining("；"));
        return context.message(
                "admin.service.line",
                service.name(context.locale()),
                service.durationMinutes(),
                service.capacity(),
                context.message(service.deliveredBy().messageKey()),
                service.minimumAge(),
                levels,
                context.message(service.atHome() ? "kiosk.service.at-home" : "kiosk.service.at-station"),
                hours.isEmpty() ? context.message("admin.service.no-hours") : hours,
                context.message(service.retired() ? "admin.service.retired" : "admin.service.active"));
    }

    private CareService template() {
        return new CareService(
                "",
                0,
                "new",
                "新服务",
                "",
                60,
                1,
                DeliveredBy.CARE_WORKER,
                60,
                EnumSet.allOf(Mobility.class),
                false,
                WorkingPlan.weekdays(List.of(Period.parse("09:00-11:00"))),
                false);
    }

    private void edit(CareService service) {
        show(new ServiceForm(context, service, this::save, this::showServices));
    }

    private void save(CareService service) {
        try {
            CareService saved = service.id().isEmpty() ? services.create(service) : services.save(service);
            say(context.message("admin.saved", saved.nameZh()));
            showServices();
        } catch (ElderCareException refused) {
            say(Ui.sentence(context, refused));
        }
    }
}
