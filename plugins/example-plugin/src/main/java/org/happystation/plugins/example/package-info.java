/**
 * The example plugin of README's plugin author's guide: one service extension whose screen greets the
 * signed-in resident by name, in the kiosk's language, with a QR code of the station's name.
 */
package org.happystation.plugins.example;
