/**
 * Kiosk screens for residents, built for elderly people at a touch screen: large text and targets,
 * high contrast, Chinese first with English one touch away, and an idle reset that clears the screen
 * for the next person.
 */
package org.happystation.kiosk.shell.ui;
