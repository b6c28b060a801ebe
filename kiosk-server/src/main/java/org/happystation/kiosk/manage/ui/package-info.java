/**
 * Console views for station managers, staff and city administrators, behind the sign-in form. Each view
 * is a grid and a form over one service; the services check permissions and write the audit log.
 */
package org.happystation.kiosk.manage.ui;
