/**
 * What the server that runs the volunteer module provides to it: protection of personal data, password
 * hashing and the secret from which each station's check-in signing key is derived. The kiosk server
 * implements these as CDI beans; the module never reaches for files or keys itself.
 */
package org.happystation.points.host;
