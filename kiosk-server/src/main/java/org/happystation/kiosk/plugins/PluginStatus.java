package org.happystation.kiosk.plugins;

/**
 * A plugin as the console and the API show it.
 *
 * @param signedBy the subject of the certificate that signed the jar; null for an unsigned jar
 * @param state STARTED, STOPPED (by a person), or FAILED (refused to start, or stopped by the host after
 *     repeated errors; {@code lastError} says why)
 */
public record PluginStatus(
        String id,
        String signedBy,
        String version,
        String provider,
        String description,
        String requires,
        String dependencies,
        State state,
        String lastError,
        String previousVersion) {

    public enum State {
        STARTED,
        STOPPED,
        FAILED
    }
}
