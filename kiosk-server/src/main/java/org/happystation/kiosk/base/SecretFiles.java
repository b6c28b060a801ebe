package org.happystation.kiosk.base;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets the server generates on first start and keeps in {@code <data dir>/secrets}, readable by the
 * server's user only. Nodes of a city cluster share the directory (or copy it), so they share the keys.
 */
@ApplicationScoped
public class SecretFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StationSettings settings;

    @Produces
    @Singleton
    FieldProtector fieldProtector() {
        return new FieldProtector(Base64.getDecoder().decode(readOrCreate("field.key", 64)));
    }

    /** The base64 content of a secret file, generated with the given number of random bytes if missing. */
    public String readOrCreate(String name, int bytes) {
        Path file = settings.dataSubdirectory("secrets").resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[bytes];
                RANDOM.nextBytes(key);
                writePrivately(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret " + file, e);
        }
    }

    /** Writes a new file that only the server's user can read; never overwrites an existing one. */
    public static void writePrivately(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    public static String randomToken(int bytes) {
        byte[] token = new byte[bytes];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
