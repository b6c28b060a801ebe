package org.happystation.kiosk.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import org.happystation.kiosk.base.FieldProtector;
import org.happystation.kiosk.base.SecretFiles;
import org.happystation.kiosk.base.SlowHash;
import org.happystation.points.host.CheckinSecret;
import org.happystation.points.host.PasswordHasher;
import org.happystation.points.host.PersonalDataVault;

/**
 * The server's side of the volunteer module's host interfaces. ID and phone numbers are protected with
 * the same key as residents' phones, so a volunteer's phone hash matches their resident record's.
 */
@ApplicationScoped
public class VolunteerModuleHost implements PersonalDataVault, PasswordHasher, CheckinSecret {

    @Inject
    FieldProtector protector;

    @Inject
    SecretFiles secrets;

    private volatile byte[] checkinSecret;

    @Override
    public String encrypt(String plain) {
        return protector.encrypt(plain);
    }

    @Override
    public String decrypt(String stored) {
        return protector.decrypt(stored);
    }

    @Override
    public String lookupHash(String plain) {
        return protector.lookupHash(plain);
    }

    @Override
    public String hash(String password) {
        return SlowHash.hash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return SlowHash.matches(password, hash);
    }

    /** {@code <data>/secrets/checkin.key}: every node of a city cluster needs the same file. */
    @Override
    public byte[] bytes() {
        if (checkinSecret == null) {
            checkinSecret = Base64.getDecoder().decode(secrets.readOrCreate("checkin.key", 32));
        }
        return checkinSecret.clone();
    }
}
