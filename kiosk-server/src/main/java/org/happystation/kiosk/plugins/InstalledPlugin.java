package org.happystation.kiosk.plugins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A plugin installed on this server: which version, where its jar is, and whether it should run. */
@Entity
@Table(name = "plugin_install")
public class InstalledPlugin {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(nullable = false)
    private String version;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String requires;

    @Column(name = "jar_path", nullable = false)
    private String jarPath;

    @Column(nullable = false)
    private String sha256;

    private boolean enabled;

    @Column(name = "previous_version")
    private String previousVersion;

    @Column(name = "previous_jar")
    private String previousJar;

    private String dependencies;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "installed_by", nullable = false)
    private String installedBy;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected InstalledPlugin() {}

    InstalledPlugin(
            PluginJarInspector.Inspection inspection,
            String jarPath,
            String sha256,
            String signedBy,
            Instant at,
            String by) {
        this.pluginId = inspection.id();
        install(inspection, jarPath, sha256, signedBy, at, by);
    }

    /** A new version replaces this one; the one it replaces is kept for rollback. */
    void install(
            PluginJarInspector.Inspection inspection,
            String jarPath,
            String sha256,
            String signedBy,
            Instant at,
            String by) {
        if (this.jarPath != null && !this.jarPath.equals(jarPath)) {
            this.previousVersion = this.version;
            this.previousJar = this.jarPath;
        }
        this.version = inspection.version();
        this.provider = inspection.provider();
        this.description = truncate(inspection.description(), 500);
        this.requires = inspection.requires();
        this.dependencies = truncate(inspection.dependencies(), 500);
        this.jarPath = jarPath;
        this.sha256 = sha256;
        this.signedBy = signedBy == null ? null : truncate(signedBy, 300);
        this.installedAt = at;
        this.installedBy = by;
        this.enabled = true;
        this.lastError = null;
    }

    void enable() {
        enabled = true;
        lastError = null;
    }

    void disable(String error) {
        enabled = false;
        lastError = error == null ? null : truncate(error, 1000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String pluginId() {
        return pluginId;
    }

    public String version() {
        return version;
    }

    public String provider() {
        return provider;
    }

    public String description() {
        return description;
    }

    public String requires() {
        return requires;
    }

    public String jarPath() {
        return jarPath;
    }

    public boolean enabled() {
        return enabled;
    }

    public String previousVersion() {
        return previousVersion;
    }

    public String previousJar() {
        return previousJar;
    }

    /** The plugins this one depends on, as its manifest names them; empty when none. */
    public String dependencies() {
        return dependencies == null ? "" : dependencies;
    }

    /** The signer certificate's subject; null for an unsigned plugin the city allowed. */
    public String signedBy() {
        return signedBy;
    }

    public String lastError() {
        return lastError;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public String installedBy() {
        return installedBy;
    }
}
