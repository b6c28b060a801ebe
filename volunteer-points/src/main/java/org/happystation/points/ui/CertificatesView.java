package org.happystation.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.certificates.Certificate;
import org.happystation.points.certificates.CertificatePdf;
import org.happystation.points.certificates.CertificateService;
import org.happystation.points.host.VolunteerSessions;

/** The volunteer's service certificates: issue one on demand, free, and download it as a PDF. */
@Route(value = "v/certificates", layout = VolunteerLayout.class)
@PageTitle("志愿服务证明")
@AnonymousAllowed
public class CertificatesView extends VolunteerPage {

    private final CertificateService certificates;

    @Inject
    public CertificatesView(VolunteerSessions sessions, CertificateService certificates) {
        super(sessions);
        this.certificates = certificates;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        add(new H1(t("certificates.title")), new Paragraph(t("certificates.text")));
        var issue = new Button(t("certificates.issue"));
        issue.setId("certificate-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setDisableOnClick(true);
        issue.addClickListener(click -> {
            try {
                certificates.issue(Operator.volunteer(volunteer.value()), volunteer);
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (PointsRefused refused) {
                add(message(t("certificates.nothing"), "problem"));
            }
        });
        add(issue);
        String base = RequestAddress.current();
        certificates.ofVolunteer(volunteer.value()).forEach(certificate -> add(entry(certificate, base)));
    }

    private Section entry(Certificate certificate, String base) {
        var entry = new Section();
        entry.addClassName("record-entry");
        entry.setId("certificate-" + certificate.code());
        String link = base + "/certificates/" + certificate.code();
        var pdf = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = CertificatePdf.render(
                            certificate.lines().getFirst(),
                            certificate.lines().subList(1, certificate.lines().size()),
                            "扫码核验 · SHA-256 " + certificate.digest().substring(0, 16),
                            link);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "certificate-" + certificate.code() + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                t("certificates.download"));
        pdf.setId("certificate-pdf-" + certificate.code());
        pdf.addClassName("volunteer-button-link");
        entry.add(
                new H2(t(
                        "certificates.entry",
                        certificate.code(),
                        certificate.issuedAt().toString().substring(0, 10))),
                new Paragraph(t("certificates.hours", certificate.totalMinutes() / 60.0)),
                pdf);
        return entry;
    }
}
