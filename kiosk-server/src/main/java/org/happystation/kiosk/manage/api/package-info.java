/**
 * The REST API under {@code /api}: the console's operations for scripts, authenticated with HTTP Basic
 * and described by OpenAPI at {@code /openapi}. Resources translate JSON to service calls and nothing else.
 */
package org.happystation.kiosk.manage.api;
