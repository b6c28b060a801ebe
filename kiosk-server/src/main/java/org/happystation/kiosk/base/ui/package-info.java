/**
 * The Vaadin application shell shared by the kiosk and the console: page settings and style sheets,
 * creation of views as CDI beans, access control on navigation, and small touch components.
 */
package org.happystation.kiosk.base.ui;
