/**
 * The views: the kiosk screens (categories and search with an on-screen keyboard, results, the policy page
 * with its QR code, the print view), the public phone page, and the manager's console screen with its form
 * and file import and export. Views hold no domain logic; they call the catalog and the transfer classes.
 */
package org.happystation.plugins.policy.ui;
