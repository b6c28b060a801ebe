package org.happystation.kiosk.plugins;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.happystation.kiosk.base.DatabaseMigrations;
import org.happystation.kiosk.base.StationSettings;

/**
 * The certificates whose keys may sign plugins for this server: the {@code .pem} files in
 * {@code <data dir>/trusted-plugin-signers/}, read at each install so that a city can add one without a
 * restart. The demo trusts the development key that signs this build's own plugins.
 */
@ApplicationScoped
public class TrustedSigners {

    public static final String DIRECTORY = "trusted-plugin-signers";
    private static final String DEV_SIGNER = "dev-signing/station-dev-plugins.pem";
    private static final Logger LOG = Logger.getLogger(TrustedSigners.class.getName());

    @Inject
    StationSettings settings;

    void trustDevelopmentSignerInDemo(
            @Observes @Priority(DatabaseMigrations.DONE + 15) @Initialized(ApplicationScoped.class) Object started)
            throws IOException {
        Path target = settings.dataSubdirectory(DIRECTORY).resolve("station-dev-plugins.pem");
        if (!settings.demo() || Files.exists(target)) {
            return;
        }
        try (InputStream dev = TrustedSigners.class.getClassLoader().getResourceAsStream(DEV_SIGNER)) {
            if (dev != null) {
                Files.copy(dev, target);
                LOG.info(() -> "Demo: trusting the development plugin signer (" + target + ")");
            }
        }
    }

    public List<X509Certificate> certificates() {
        Path dir = settings.dataSubdirectory(DIRECTORY);
        var certificates = new ArrayList<X509Certificate>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".pem") || f.toString().endsWith(".crt"))
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        certificates.add((X509Certificate) cert);
                    }
                } catch (CertificateException e) {
                    LOG.warning(() -> "Not a certificate, ignored: " + file + " (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return certificates;
    }
}
