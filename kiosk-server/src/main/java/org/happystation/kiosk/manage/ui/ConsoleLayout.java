package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.happystation.kiosk.base.ui.Languages;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.security.Actor;

/** The console frame: navigation by what the signed-in role may do, language switch, sign-out. */
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class ConsoleLayout extends AppLayout {

    private final Actor actor;

    private final PluginHost plugins;

    @Inject
    public ConsoleLayout(CurrentActor currentActor, PluginHost plugins) {
        this.actor = SignedIn.actor(currentActor);
        this.plugins = plugins;
        addClassName("console");
        var title = new H1(getTranslation("console.title"));
        title.addClassName("console-title");
        var who = new Span(actor.username());
        who.addClassName("console-user");
        var language = new Button("zh".equals(getLocale().getLanguage()) ? "English" : "中文", click -> switchLanguage());
        var signOut = new Button(getTranslation("console.sign-out"), click -> signOut());
        signOut.setId("console-sign-out");
        addToNavbar(new DrawerToggle(), title, who, language, signOut);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        var nav = new SideNav();
        // Only what the signed-in role may open: the same @RolesAllowed the views carry.
        for (var entry : List.<Map.Entry<String, Class<? extends Component>>>of(
                Map.entry("console.nav.home", ConsoleHomeView.class),
                Map.entry("console.nav.notifications", NotificationsView.class),
                Map.entry("console.nav.stations", StationsView.class),
                Map.entry("console.nav.kiosks", KiosksView.class),
                Map.entry("console.nav.residents", ResidentsView.class),
                Map.entry("console.nav.volunteers", VolunteersView.class),
                Map.entry("console.nav.activities", ActivitiesView.class),
                Map.entry("console.nav.approvals", ApprovalsView.class),
                Map.entry("console.nav.rewards", RewardsView.class),
                Map.entry("console.nav.ledger", LedgerView.class),
                Map.entry("console.nav.reports", ReportsView.class),
                Map.entry("console.nav.staff", StaffView.class),
                Map.entry("console.nav.tiles", TileOrderView.class),
                Map.entry("console.nav.plugins", PluginsView.class),
                Map.entry("console.nav.audit", AuditLogView.class))) {
            if (mayOpen(entry.getValue())) {
                nav.addItem(new SideNavItem(getTranslation(entry.getKey()), entry.getValue()));
            }
            if (entry.getValue() == NotificationsView.class) {
                addWorkScreens(nav);
            }
        }
        return nav;
    }

    /** The working screens of the running plugins (the canteen counter...), right after the notifications. */
    private void addWorkScreens(SideNav nav) {
        for (String pluginId : plugins.withStaffScreens()) {
            var item = new SideNavItem(
                    getTranslation("plugin.work.title", serviceTitle(plugins, pluginId, getLocale())),
                    "manage/work/" + pluginId);
            item.setId("console-work-" + pluginId);
            nav.addItem(item);
        }
    }

    /** A plugin's name as its tile says it, or its id. */
    static String serviceTitle(PluginHost plugins, String pluginId, Locale locale) {
        return plugins.tiles().stream()
                .filter(tile -> tile.id().equals(pluginId))
                .findFirst()
                .map(tile -> tile.title(locale))
                .orElse(pluginId);
    }

    private boolean mayOpen(Class<?> view) {
        var allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null
                && Arrays.asList(allowed.value()).contains(actor.role().name());
    }

    private void switchLanguage() {
        var ui = UI.getCurrent();
        Languages.choose(ui, "zh".equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.CHINESE);
        ui.refreshCurrentRoute(true);
    }

    private void signOut() {
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (jakarta.servlet.ServletException ignored) {
            // the session is invalidated below either way
        }
        UI.getCurrent().getPage().setLocation("/manage/sign-in");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
