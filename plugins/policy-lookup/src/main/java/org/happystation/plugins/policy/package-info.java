/**
 * The policy lookup (政策查询) plugin: the extensions the host calls (the kiosk service, the public page a
 * resident opens from the QR code, the manager's console screen) and their message bundle. The work is done
 * in the sub-packages: {@code model} (a policy entry), {@code search} (the Lucene index with Chinese and
 * pinyin-initials search), {@code store} (entries in the host's record store), {@code transfer} (JSON and
 * CSV import and export) and {@code ui} (the views).
 */
package org.happystation.plugins.policy;
