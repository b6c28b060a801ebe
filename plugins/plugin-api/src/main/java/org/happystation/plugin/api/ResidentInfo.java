package org.happystation.plugin.api;

/**
 * A signed-in resident as plugins see it: no phone number, no PIN.
 *
 * @param id the host's identity of the resident; stable, use it to key records
 * @param name the resident's name
 * @param birthYear for prices by age tier (DOMAIN.md: community canteens)
 */
public record ResidentInfo(long id, String name, int birthYear) {}
