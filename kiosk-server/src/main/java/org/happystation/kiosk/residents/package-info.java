/**
 * Residents who use the kiosk: their details (phone protected at rest and shown masked, birth year for
 * age-tier prices), household and relative links, and sign-in at a kiosk with phone number and PIN or
 * with a printed resident card whose QR code the kiosk's camera reads.
 */
package org.happystation.kiosk.residents;
