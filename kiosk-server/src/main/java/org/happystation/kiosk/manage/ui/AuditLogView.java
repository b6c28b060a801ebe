package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.happystation.kiosk.audit.AuditEntry;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.base.ClockProducer;
import org.happystation.kiosk.manage.CurrentActor;

/** The newest 500 audit entries, for the city administrator. */
@Route(value = "manage/audit", layout = ConsoleLayout.class)
@PageTitle("审计日志 Audit log")
@RolesAllowed("CITY_ADMIN")
public class AuditLogView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockProducer.STATION_ZONE);

    @Inject
    public AuditLogView(CurrentActor currentActor, AuditLog audit) {
        addClassName("console-view");
        var actor = SignedIn.actor(currentActor);
        var grid = new Grid<AuditEntry>();
        grid.setId("audit-grid");
        grid.addColumn(e -> WHEN.format(e.at()))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::action)
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::subject)
                .setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details"));
        grid.setItems(audit.latest(actor, 500));
        grid.setHeight("70vh");
        add(new H2(getTranslation("console.nav.audit")), grid);
    }
}
