/**
 * The contract between the station kiosk and its service plugins. Plugin authors read this package;
 * everything public here is versioned by {@link org.happystation.plugin.api.PluginApiVersion}, and a
 * plugin declares the range of that version it was built for.
 */
package org.happystation.plugin.api;
