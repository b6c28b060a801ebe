package org.happystation.kiosk.accounts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.happystation.kiosk.base.DatabaseMigrations;
import org.happystation.kiosk.base.SecretFiles;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.security.Role;

/**
 * There are no default passwords: on the first start, with no city administrator yet, the server
 * creates {@code admin} with a random password and writes it to {@code <data dir>/initial-admin-password},
 * readable by the server's user only.
 */
@ApplicationScoped
public class InitialAdmin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    StationSettings settings;

    @Transactional
    void createOnFirstStart(
            @Observes @Priority(DatabaseMigrations.DONE) @Initialized(ApplicationScoped.class) Object started) {
        if (accounts.anyCityAdmin()) {
            return;
        }
        String password = SecretFiles.randomToken(15);
        accounts.createBySystem(
                new AccountService.NewAccount(USERNAME, "City administrator", password, Role.CITY_ADMIN, null));
        Path file = settings.dataDirectory().resolve(PASSWORD_FILE);
        try {
            settings.dataSubdirectory(".");
            java.nio.file.Files.deleteIfExists(file);
            SecretFiles.writePrivately(file, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + file, e);
        }
        LOG.warning(() -> "Created the city administrator '" + USERNAME + "'. Its password is in " + file
                + " — sign in at /manage, then change it and delete that file.");
    }
}
