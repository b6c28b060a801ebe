package org.happystation.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.happystation.points.activities.Category;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.host.StationDirectory;
import org.happystation.points.host.StationDirectory.StationName;
import org.happystation.points.volunteers.IdNumber;
import org.happystation.points.volunteers.VolunteerProfile;
import org.happystation.points.volunteers.VolunteerService;

/**
 * A volunteer registers on their own phone with the fields the national rules name; a manager of the
 * chosen station approves before they can check in.
 */
@Route(value = "v/register", layout = VolunteerLayout.class)
@PageTitle("志愿者注册")
@AnonymousAllowed
public class VolunteerRegistrationView extends Div implements BeforeEnterObserver {

    private final VolunteerService volunteers;
    private final StationDirectory stations;

    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final TextField area = new TextField();
    private final TextField skills = new TextField();
    private final CheckboxGroup<Category> categories = new CheckboxGroup<>();
    private final Select<StationName> station = new Select<>();
    private final PasswordField password = new PasswordField();
    private final Paragraph message = new Paragraph();

    @Inject
    public VolunteerRegistrationView(VolunteerService volunteers, StationDirectory stations) {
        this.volunteers = volunteers;
        this.stations = stations;
        addClassName("volunteer-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        name.setLabel(t("register.name"));
        name.setId("register-name");
        idNumber.setLabel(t("register.id-number"));
        idNumber.setHelperText(t("register.id-number.help"));
        idNumber.setId("register-id-number");
        phone.setLabel(t("register.phone"));
        phone.setId("register-phone");
        phone.getElement().setAttribute("inputmode", "numeric");
        area.setLabel(t("register.area"));
        area.setId("register-area");
        skills.setLabel(t("register.skills"));
        skills.setHelperText(t("register.skills.help"));
        categories.setLabel(t("register.categories"));
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(category -> t("category." + category.name()));
        station.setLabel(t("register.station"));
        station.setItems(stations.stations());
        station.setItemLabelGenerator(StationName::name);
        station.setId("register-station");
        password.setLabel(t("register.password"));
        password.setHelperText(t("register.password.help", VolunteerService.MIN_PASSWORD_LENGTH));
        password.setId("register-password");
        message.setId("register-message");
        message.addClassName("volunteer-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        var submit = new Button(t("register.submit"), click -> register());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(
                new H1(t("register.title")),
                new Paragraph(t("register.intro")),
                name,
                idNumber,
                phone,
                area,
                skills,
                categories,
                station,
                password,
                message,
                submit);
    }

    private void register() {
        String problem = firstProblem();
        if (problem != null) {
            show(t(problem));
            enableSubmit();
            return;
        }
        try {
            var profile = new VolunteerProfile(
                    name.getValue(),
                    new IdNumber(idNumber.getValue()),
                    phone.getValue(),
                    area.getValue(),
                    List.of(skills.getValue().split("[,，、\\s]+")),
                    categories.getValue().stream().map(Category::name).toList(),
                    null);
            volunteers.registerThemselves(station.getValue().station(), profile, password.getValue());
            removeAll();
            var done = new H1(t("register.done.title"));
            done.setId("register-done");
            add(done, new Paragraph(t("register.done.text", station.getValue().name())));
        } catch (PointsRefused refused) {
            show(Texts.refusal(getLocale(), refused));
            enableSubmit();
        }
    }

    /** Each field checked in turn, so that the message names the one to correct, in the reader's language. */
    private String firstProblem() {
        if (name.getValue().isBlank()) {
            return "register.invalid.name";
        }
        try {
            new IdNumber(idNumber.getValue());
        } catch (IllegalArgumentException wrong) {
            return "register.invalid.id-number";
        }
        if (!phone.getValue().replaceAll("[\\s-]", "").matches("1\\d{10}")) {
            return "register.invalid.phone";
        }
        if (area.getValue().isBlank()) {
            return "register.invalid.area";
        }
        if (station.getValue() == null) {
            return "register.invalid.station";
        }
        if (password.getValue().length() < VolunteerService.MIN_PASSWORD_LENGTH) {
            return "register.invalid.password";
        }
        return null;
    }

    private void enableSubmit() {
        getChildren()
                .filter(child -> child instanceof Button)
                .map(Button.class::cast)
                .forEach(button -> button.setEnabled(true));
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private String t(String key, Object... args) {
        return Texts.get(getLocale(), key, args);
    }
}
