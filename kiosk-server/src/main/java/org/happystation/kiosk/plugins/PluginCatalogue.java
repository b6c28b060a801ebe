package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.security.Actor;

/** The installed plugins as the database keeps them; every change is audited in the same transaction. */
@ApplicationScoped
@Transactional
public class PluginCatalogue {

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PluginRecords records;

    @Inject
    Clock clock;

    public List<InstalledPlugin> all() {
        return em.createQuery("select p from InstalledPlugin p order by p.pluginId", InstalledPlugin.class)
                .getResultList();
    }

    public Optional<InstalledPlugin> find(String pluginId) {
        return Optional.ofNullable(em.find(InstalledPlugin.class, pluginId));
    }

    InstalledPlugin recordInstall(
            Actor actor, PluginJarInspector.Inspection inspection, String jarPath, String sha256, String signedBy) {
        var existing = find(inspection.id());
        InstalledPlugin plugin;
        if (existing.isPresent()) {
            plugin = existing.get();
            String from = plugin.version();
            plugin.install(inspection, jarPath, sha256, signedBy, clock.instant(), actor.username());
            audit.record(
                    actor,
                    null,
                    "plugin.updated",
                    inspection.id(),
                    from + " → " + inspection.version() + signature(signedBy));
        } else {
            plugin = new InstalledPlugin(inspection, jarPath, sha256, signedBy, clock.instant(), actor.username());
            em.persist(plugin);
            audit.record(
                    actor,
                    null,
                    "plugin.installed",
                    inspection.id(),
                    "version " + inspection.version() + signature(signedBy));
        }
        return plugin;
    }

    void recordRollback(
            Actor actor,
            String pluginId,
            PluginJarInspector.Inspection previous,
            String jarPath,
            String sha256,
            String signedBy) {
        var plugin = find(pluginId).orElseThrow();
        String from = plugin.version();
        plugin.install(previous, jarPath, sha256, signedBy, clock.instant(), actor.username());
        audit.record(actor, null, "plugin.rolled-back", pluginId, from + " → " + previous.version());
    }

    private static String signature(String signedBy) {
        return signedBy == null ? ", unsigned" : ", signed by " + signedBy;
    }

    void recordStarted(Actor actor, String pluginId) {
        find(pluginId).ifPresent(InstalledPlugin::enable);
        audit.record(actor, null, "plugin.started", pluginId, "");
    }

    void recordStopped(Actor actor, String pluginId, String error) {
        find(pluginId).ifPresent(plugin -> plugin.disable(error));
        audit.record(actor, null, "plugin.stopped", pluginId, error == null ? "" : error);
    }

    void recordUninstalled(Actor actor, String pluginId, boolean purgeData) {
        find(pluginId).ifPresent(em::remove);
        if (purgeData) {
            records.purge(pluginId);
        }
        audit.record(actor, null, "plugin.uninstalled", pluginId, purgeData ? "its data deleted" : "its data kept");
    }
}
