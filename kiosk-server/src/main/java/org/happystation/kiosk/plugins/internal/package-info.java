/** How the host loads plugins: PF4J's manager with its class loading narrowed to what DESIGN.md allows. */
package org.happystation.kiosk.plugins.internal;
