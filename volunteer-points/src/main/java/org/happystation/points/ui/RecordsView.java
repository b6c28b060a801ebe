package org.happystation.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.records.RecordService;
import org.happystation.points.records.RecordStatus;
import org.happystation.points.records.ServiceRecord;

/** The volunteer's own hours record, newest first, with a way to ask for a correction of any entry. */
@Route(value = "v/records", layout = VolunteerLayout.class)
@PageTitle("我的服务记录")
@AnonymousAllowed
public class RecordsView extends VolunteerPage {

    private final RecordService records;

    @Inject
    public RecordsView(VolunteerSessions sessions, RecordService records) {
        super(sessions);
        this.records = records;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        add(new H1(t("records.title")));
        var certificates = new com.vaadin.flow.component.html.Anchor("/v/certificates", t("records.certificates"));
        certificates.setId("records-certificates");
        certificates.addClassName("volunteer-button-link");
        add(certificates);
        var list = records.ofVolunteer(volunteer.value());
        if (list.isEmpty()) {
            add(new Paragraph(t("records.none")));
        }
        list.forEach(record -> add(entry(record)));
    }

    private Section entry(ServiceRecord record) {
        var entry = new Section();
        entry.addClassName("record-entry");
        entry.setId("record-" + record.id());
        entry.add(new H2(record.activityName()));
        entry.add(new Paragraph(t(
                "records.line",
                record.serviceDay(),
                record.place(),
                VolunteerHomeView.hours(record.minutes()),
                record.points())));
        entry.add(new Paragraph(t("records.fields", record.content(), record.organiser(), record.leader())));
        var status = new Paragraph(t("records.status." + record.status().name()));
        status.addClassName("record-status");
        status.addClassName(record.status().name().toLowerCase());
        entry.add(status);
        if (record.reviewReason() != null && record.status() != RecordStatus.APPROVED) {
            entry.add(new Paragraph(t("records.reason", Texts.reviewReason(getLocale(), record.reviewReason()))));
        }
        if (record.correctionRequest() != null) {
            entry.add(new Paragraph(t("records.correction-asked", record.correctionRequest())));
        } else if (!record.isCorrection()) {
            entry.add(correctionForm(record));
        }
        return entry;
    }

    /** Inline, not a pop-up: a button opens a text box under the entry. */
    private Div correctionForm(ServiceRecord record) {
        var form = new Div();
        var text = new TextArea(t("records.correction.label"));
        text.setVisible(false);
        text.setMaxLength(500);
        var send = new Button(t("records.correction.send"));
        send.setVisible(false);
        var open = new Button(t("records.correction.open"));
        open.addClickListener(click -> {
            open.setVisible(false);
            text.setVisible(true);
            send.setVisible(true);
            text.focus();
        });
        send.addClickListener(click -> {
            try {
                records.askForCorrection(Operator.volunteer(volunteer.value()), record.id(), text.getValue());
                form.removeAll();
                form.add(message(t("records.correction.sent"), "success"));
            } catch (PointsRefused refused) {
                form.add(problem(refused));
            } catch (IllegalArgumentException empty) {
                form.add(message(t("records.correction.empty"), "problem"));
            }
        });
        form.add(open, text, send);
        return form;
    }
}
