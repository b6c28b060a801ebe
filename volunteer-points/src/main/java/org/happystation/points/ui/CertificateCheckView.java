package org.happystation.points.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.points.certificates.CertificateService;

/**
 * The public page a certificate's QR code opens: anyone (an employer, a school) sees whether the code
 * names a certificate this system issued, and exactly what it says, with the digest printed on the PDF.
 */
@Route(value = "certificates", layout = VolunteerLayout.class)
@PageTitle("证明核验 Certificate check")
@AnonymousAllowed
public class CertificateCheckView extends Div implements HasUrlParameter<String> {

    private final CertificateService certificates;

    @Inject
    public CertificateCheckView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("volunteer-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        var found = certificates.byCode(code == null ? "" : code.strip().toUpperCase());
        if (found.isEmpty()) {
            var none = new H1(Texts.get(getLocale(), "check.not-found.title"));
            none.setId("certificate-check-result");
            add(none, new Paragraph(Texts.get(getLocale(), "check.not-found.text")));
            return;
        }
        var certificate = found.get();
        var result = new H1(Texts.get(getLocale(), certificate.unaltered() ? "check.genuine" : "check.altered"));
        result.setId("certificate-check-result");
        var lines = new UnorderedList();
        certificate.lines().forEach(line -> lines.add(new ListItem(line)));
        add(result, lines, new Paragraph("SHA-256 " + certificate.digest()));
    }
}
