/**
 * The plugin host: service plugins are PF4J jars installed under {@code <data dir>/plugins/<id>/<version>/}
 * while the server runs. Jars are inspected before they load, load with the host's libraries parent-first,
 * and every call into them is guarded so that a broken plugin never takes the kiosk down.
 */
package org.happystation.kiosk.plugins;
