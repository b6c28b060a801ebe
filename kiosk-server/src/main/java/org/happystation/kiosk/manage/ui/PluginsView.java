package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.plugins.PluginJarInspector;
import org.happystation.kiosk.plugins.PluginRefusedException;
import org.happystation.kiosk.plugins.PluginStatus;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.StationInfo;

/**
 * The server's service plugins: upload a jar to install or update one, start, stop, roll back, uninstall.
 * City administrators change them; station managers see what runs and why something does not.
 */
@Route(value = "manage/plugins", layout = ConsoleLayout.class)
@PageTitle("服务插件 Plugins")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class PluginsView extends Div {

    private final PluginHost host;
    private final StationService stations;
    private final PluginContexts contexts;
    private final Actor actor;
    private final Grid<PluginStatus> grid = new Grid<>();
    private final Feedback feedback = new Feedback();

    @Inject
    public PluginsView(CurrentActor currentActor, PluginHost host, StationService stations, PluginContexts contexts) {
        this.host = host;
        this.stations = stations;
        this.contexts = contexts;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.plugins")), feedback);
        if (actor.isCityAdmin()) {
            add(upload());
        }
        add(configureGrid());
        if (actor.isCityAdmin()) {
            add(toolbar());
        }
        refresh();
    }

    private Div upload() {
        var ui = UI.getCurrent();
        var upload = new Upload();
        // One jar at a time; the list is cleared after each, so the next update is one click away.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            install(bytes);
            upload.clearFileList();
        })));
        upload.setId("plugin-upload");
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PluginJarInspector.MAX_JAR_BYTES);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(rejected -> feedback.failed(getTranslation("plugin.upload.rejected")));
        var box = new Div(new Paragraph(getTranslation("plugin.upload.help")), upload);
        box.addClassName("console-toolbar");
        return box;
    }

    private UploadI18N uploadI18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("plugin.upload.button"))
                .setMany(getTranslation("plugin.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("plugin.upload.drop"))
                .setMany(getTranslation("plugin.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("plugin.upload.rejected"))
                .setIncorrectFileType(getTranslation("plugin.upload.rejected"))
                .setTooManyFiles(getTranslation("plugin.upload.rejected")));
        return i18n;
    }

    private Grid<PluginStatus> configureGrid() {
        grid.setId("plugin-grid");
        grid.addColumn(PluginStatus::id).setHeader(getTranslation("plugin.id")).setAutoWidth(true);
        grid.addColumn(PluginStatus::version)
                .setHeader(getTranslation("plugin.version"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("plugin.state." + p.state().name()))
                .setHeader(getTranslation("plugin.state"))
                .setAutoWidth(true);
        grid.addColumn(PluginStatus::provider)
                .setHeader(getTranslation("plugin.provider"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.signedBy() == null ? getTranslation("plugin.unsigned") : commonName(p.signedBy()))
                .setHeader(getTranslation("plugin.signed-by"))
                .setAutoWidth(true);
        grid.addColumn(PluginStatus::requires)
                .setHeader(getTranslation("plugin.requires"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.dependencies().isEmpty() ? "—" : p.dependencies())
                .setHeader(getTranslation("plugin.dependencies"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.lastError() == null ? p.description() : p.lastError())
                .setHeader(getTranslation("plugin.details"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The CN of a certificate subject, which is what a person reads as the signer's name. */
    private static String commonName(String subject) {
        var match = java.util.regex.Pattern.compile("CN=([^,]+)").matcher(subject);
        return match.find() ? match.group(1) : subject;
    }

    private Div toolbar() {
        var start = new Button(getTranslation("plugin.start"), click -> withSelected(p -> host.start(actor, p.id())));
        start.setId("plugin-start");
        var stop = new Button(getTranslation("plugin.stop"), click -> withSelected(p -> host.stop(actor, p.id())));
        stop.setId("plugin-stop");
        var rollback =
                new Button(getTranslation("plugin.rollback"), click -> withSelected(p -> host.rollback(actor, p.id())));
        var open = new Button(
                getTranslation("plugin.open-admin"),
                click -> withSelected(p -> UI.getCurrent()
                        .navigate(
                                PluginAdminView.class, new com.vaadin.flow.router.RouteParameters("plugin", p.id()))));
        var health = new Button(getTranslation("plugin.check-health"), click -> checkHealth());
        var uninstall = new Button(getTranslation("plugin.uninstall"), click -> confirmUninstall());
        uninstall.setId("plugin-uninstall");
        uninstall.addClassName("danger");
        var bar = new Div(open, health, start, stop, rollback, uninstall);
        bar.addClassName("console-toolbar");
        return bar;
    }

    /** Asks the selected plugin's health check and says the answer. */
    private void checkHealth() {
        var selected = grid.asSingleSelect().getOptionalValue();
        if (selected.isEmpty()) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        var plugin = selected.get();
        var station = stations.stations(actor).stream().findFirst();
        var answer = host.health(
                plugin.id(),
                extensionClass -> contexts.admin(
                        plugin.id(),
                        station.map(PluginContexts::info).orElse(new StationInfo(0, "", "")),
                        actor,
                        getLocale(),
                        extensionClass));
        String text = answer.map(health -> health.healthy()
                        ? getTranslation("plugin.health.ok")
                        : getTranslation("plugin.health.failing", health.message()))
                .orElse(getTranslation("plugin.health.none"));
        if (answer.isPresent() && !answer.get().healthy()) {
            feedback.failed(plugin.id() + ": " + text);
        } else {
            feedback.done(plugin.id() + ": " + text);
        }
    }

    /** Uninstalling asks whether the plugin's data goes too; keeping it is the first and safe choice. */
    private void confirmUninstall() {
        var selected = grid.asSingleSelect().getOptionalValue();
        if (selected.isEmpty()) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        String id = selected.get().id();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plugin.uninstall.title", id));
        dialog.setText(getTranslation("plugin.uninstall.text"));
        dialog.setConfirmText(getTranslation("plugin.uninstall.keep-data"));
        dialog.addConfirmListener(confirm -> uninstall(id, false));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("plugin.uninstall.purge-data"));
        dialog.addRejectListener(reject -> uninstall(id, true));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plugin.uninstall.cancel"));
        dialog.open();
    }

    private void uninstall(String id, boolean purgeData) {
        feedback.attempt(() -> host.uninstall(actor, id, purgeData), getTranslation("console.saved"));
        refresh();
    }

    private void install(byte[] jar) {
        try {
            var status = host.install(actor, new ByteArrayInputStream(jar));
            feedback.done(getTranslation("plugin.installed", status.id(), status.version()));
        } catch (PluginRefusedException refused) {
            feedback.failed(getTranslation("plugin.refused." + refused.reason().name()) + " " + refused.detail());
        }
        refresh();
    }

    private void withSelected(Consumer<PluginStatus> action) {
        var selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        try {
            feedback.attempt(() -> action.accept(selected), getTranslation("console.saved"));
        } catch (PluginRefusedException refused) {
            feedback.failed(getTranslation("plugin.refused." + refused.reason().name()) + " " + refused.detail());
        }
        refresh();
    }

    /** Reloads the list; the plugin that was selected stays selected, in its new state. */
    private void refresh() {
        var selectedId = grid.asSingleSelect().getOptionalValue().map(PluginStatus::id);
        var statuses = host.statuses();
        grid.setItems(statuses);
        selectedId
                .flatMap(id -> statuses.stream().filter(p -> p.id().equals(id)).findFirst())
                .ifPresent(grid::select);
    }
}
