package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.tutoring.domain.Children;
import org.happystation.plugins.tutoring.domain.Occupancy;
import org.happystation.plugins.tutoring.domain.TutoringClass;

/**
 * The kiosk's tutoring screen. Its first screen lists the classes; a signed-in parent enrols a linked child
 * from there and follows their classes, and a signed-in tutor finds their own classes next to it. Without a
 * resident signed in it lists the classes with places left and says to sign in. Navigation replaces the
 * content of this root; inner screens have a back button ({@code tutoring-back}).
 */
class KioskScreen extends Div implements Navigator {

    private final KioskContext context;
    private final Tutoring tutoring;
    private final Deque<Runnable> screens = new ArrayDeque<>();
    private final ParentScreens parent;
    private final TutorScreens tutor;

    KioskScreen(KioskContext context) {
        this.context = context;
        this.tutoring = Tutoring.of(context);
        this.parent = new ParentScreens(context, tutoring, this, children());
        this.tutor = new TutorScreens(context, tutoring, this);
        setId("tutoring-screen");
        getStyle().set("font-size", "24px").set("line-height", "1.4");
        open(this::firstScreen);
    }

    private List<ResidentInfo> children() {
        return Children.among(context.relatives(), tutoring.today());
    }

    // --- navigation -------------------------------------------------------------------------------

    @Override
    public void open(Runnable screen) {
        screens.push(screen);
        screen.run();
    }

    @Override
    public void back() {
        if (screens.size() > 1) {
            screens.pop();
        }
        screens.peek().run();
    }

    @Override
    public void first() {
        while (screens.size() > 1) {
            screens.pop();
        }
        screens.peek().run();
    }

    @Override
    public void show(String title, Component... content) {
        removeAll();
        add(new H2(title));
        add(content);
        if (screens.size() > 1) {
            var back = Ui.big(context.message("kiosk.back"), "tutoring-back", this::back);
            back.getStyle().set("margin-top", "24px");
            add(back);
        }
    }

    // --- the first screen -------------------------------------------------------------------------

    private void firstScreen() {
        Optional<ResidentInfo> resident = context.resident();
        var content = Ui.column();
        content.add(Ui.text(context.message("kiosk.intro"), 24));
        if (resident.isEmpty()) {
            content.add(Ui.notice(context.message("kiosk.guest.sign-in"), "tutoring-sign-in"));
        } else {
            entries(resident.get()).forEach(content::add);
        }
        content.add(classList(resident.isPresent()));
        show(context.message("kiosk.title"), content);
    }

    private List<Component> entries(ResidentInfo resident) {
        var entries = new java.util.ArrayList<Component>();
        if (!tutoring.catalogue.taughtBy(resident.id()).isEmpty()) {
            var teach = Ui.big(context.message("kiosk.teach"), "tutoring-teach", () -> open(tutor::classesScreen));
            entries.add(teach);
        }
        if (children().isEmpty()) {
            entries.add(Ui.notice(context.message("kiosk.no-child"), "tutoring-no-child"));
        } else {
            entries.add(Ui.big(
                    context.message("kiosk.my-children"),
                    "tutoring-my-children",
                    () -> open(parent::myChildrenScreen)));
        }
        return entries;
    }

    private Component classList(boolean signedIn) {
        var list = Ui.column();
        list.setId("tutoring-classes");
        list.add(Ui.text(context.message(signedIn ? "kiosk.classes" : "kiosk.classes.with-places"), 28));
        boolean mayEnrol = signedIn && !children().isEmpty();
        int shown = 0;
        for (TutoringClass each : tutoring.catalogue.joinableClasses(tutoring.today())) {
            Occupancy occupancy = tutoring.enrolments.occupancy(each);
            if (!signedIn && occupancy.free() == 0) {
                continue;
            }
            list.add(classCard(each, occupancy, mayEnrol));
            shown++;
        }
        if (shown == 0) {
            list.add(Ui.text(context.message(signedIn ? "kiosk.classes.none" : "kiosk.classes.none-free"), 24));
        }
        return list;
    }

    private Component classCard(TutoringClass each, Occupancy occupancy, boolean mayEnrol) {
        var card = Ui.card(
                "tutoring-class-" + each.id(),
                Ui.text(each.name(), 28),
                Ui.text(context.message("class.line.subject", each.subject(), Ui.grades(context, each)), 24),
                Ui.text(Ui.schedule(context, each), 24),
                Ui.text(context.message("class.line.room", each.room(), Ui.tutor(context, each)), 24),
                Ui.text(places(occupancy), 24));
        if (mayEnrol) {
            String label = context.message(occupancy.free() > 0 ? "kiosk.enrol" : "kiosk.enrol.waitlist");
            Button enrol = Ui.big(label, "tutoring-enrol-" + each.id(), () -> parent.enrol(each.id()));
            card.add(enrol);
        }
        return card;
    }

    private String places(Occupancy occupancy) {
        if (occupancy.free() > 0) {
            return context.message("class.places.free", occupancy.free(), occupancy.capacity());
        }
        return context.message("class.places.full", occupancy.capacity(), occupancy.waiting());
    }
}
