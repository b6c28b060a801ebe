/**
 * The station manager's console at {@code /manage} and the REST API at {@code /api} that scripts the
 * same operations: stations, kiosks, residents, staff accounts, tile order and the audit log.
 */
package org.happystation.kiosk.manage;
