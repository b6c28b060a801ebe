/**
 * The contract between the station kiosk and its service plugins. Plugin authors read this package:
 * a plugin offers a {@link org.happystation.plugin.api.ServiceExtension} (its tile and kiosk screen), and
 * optionally an {@link org.happystation.plugin.api.AdminExtension} and a
 * {@link org.happystation.plugin.api.HealthCheck}; the host hands it a context with narrow services.
 * Everything public here is versioned by {@link org.happystation.plugin.api.PluginApiVersion}, and a
 * plugin declares the range of that version it was built for in {@code Plugin-Requires}.
 */
package org.happystation.plugin.api;
