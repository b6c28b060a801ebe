/**
 * The elder-care booking (养老助养) plugin, modelled on the 依托家 elder-care station and the 颐和家人
 * health-care station of DOMAIN.md: the kiosk screen where elders or their relatives book a service in three
 * touches, the care workers' day list in the staff console, the manager's screen of services, working plans
 * and the weekly report, and the settings. All extensions live in this package so that one message bundle
 * serves them; the rules are in the {@code domain} sub-package.
 */
package org.happystation.plugins.eldercare;
