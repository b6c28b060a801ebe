package org.happystation.plugin.api;

/**
 * The semantic version of this API. A plugin's {@code Plugin-Requires} range is checked against it:
 * the major part changes only when a plugin built for an older version would break.
 */
public final class PluginApiVersion {

    /** The version of the API in this jar. */
    public static final String CURRENT = "1.0.0";

    private PluginApiVersion() {}
}
