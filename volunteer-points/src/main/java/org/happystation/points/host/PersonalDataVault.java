package org.happystation.points.host;

/** Encrypts ID numbers and phone numbers at rest and gives a keyed hash for finding them again. */
public interface PersonalDataVault {

    String encrypt(String plain);

    String decrypt(String stored);

    /** The same input gives the same hash, so a unique key can stop duplicate registrations. */
    String lookupHash(String plain);
}
