/**
 * The community canteen (社区食堂) plugin, modelled on 溢香家 and the elder-meal practice of DOMAIN.md: the
 * kiosk screen where residents order meals for themselves or a linked elder, the counter's work screen, the
 * manager's screen of menus, delivery list and daily report, and the settings. All extensions live in this
 * package so that one message bundle serves them; the rules are in the {@code domain} sub-package.
 */
package org.happystation.plugins.canteen;
