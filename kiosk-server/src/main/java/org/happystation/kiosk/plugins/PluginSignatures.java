package org.happystation.kiosk.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.happystation.kiosk.plugins.PluginRefusedException.Reason;

/**
 * Checks a plugin jar's signature (standard jar signing, as {@code jarsigner} makes it) against the
 * city's trusted signer certificates: every entry must be signed, unchanged since signing, and by a
 * trusted key. Unsigned jars pass only where the city administrator allows unsigned plugins.
 */
public final class PluginSignatures {

    private PluginSignatures() {}

    /**
     * Returns who signed the jar (the signer certificate's subject), or empty for an unsigned jar that is
     * allowed; throws {@link PluginRefusedException} otherwise.
     */
    public static Optional<String> verify(Path jar, Collection<X509Certificate> trusted, boolean allowUnsigned) {
        String signer = null;
        boolean anyUnsigned = false;
        try (var file = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[8192];
            for (JarEntry entry : file.stream().toList()) {
                // Reading an entry to its end makes JarFile check its digest against the signature.
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) > 0) {
                        // read to the end
                    }
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    anyUnsigned = true;
                    continue;
                }
                signer = trustedSigner(signers, trusted)
                        .orElseThrow(() -> new PluginRefusedException(
                                Reason.UNTRUSTED_SIGNER,
                                "signed by " + subject(signers[0])
                                        + ", which is not among this city's trusted plugin signers"));
            }
        } catch (SecurityException e) {
            throw new PluginRefusedException(
                    Reason.TAMPERED, "the jar was changed after it was signed: " + e.getMessage());
        } catch (IOException e) {
            throw new PluginRefusedException(Reason.NOT_A_JAR, e.getMessage());
        }
        if (signer != null && anyUnsigned) {
            throw new PluginRefusedException(Reason.TAMPERED, "some entries were added or changed after signing");
        }
        if (signer == null && !allowUnsigned) {
            throw new PluginRefusedException(
                    Reason.UNSIGNED,
                    "the jar is not signed, and this server accepts unsigned plugins only where the city allows them");
        }
        return Optional.ofNullable(signer);
    }

    private static Optional<String> trustedSigner(CodeSigner[] signers, Collection<X509Certificate> trusted) {
        return Arrays.stream(signers)
                .filter(signer -> signer.getSignerCertPath().getCertificates().getFirst()
                                instanceof X509Certificate cert
                        && trusted.stream().map(X509Certificate::getPublicKey).anyMatch(key -> sameKey(key, cert)))
                .findFirst()
                .map(PluginSignatures::subject);
    }

    private static boolean sameKey(PublicKey key, X509Certificate cert) {
        return Arrays.equals(key.getEncoded(), cert.getPublicKey().getEncoded());
    }

    private static String subject(CodeSigner signer) {
        return signer.getSignerCertPath().getCertificates().getFirst() instanceof X509Certificate cert
                ? cert.getSubjectX500Principal().getName()
                : "an unknown signer";
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF")
                || (upper.startsWith("META-INF/")
                        && !upper.substring(9).contains("/")
                        && (upper.endsWith(".SF")
                                || upper.endsWith(".RSA")
                                || upper.endsWith(".DSA")
                                || upper.endsWith(".EC")
                                || upper.startsWith("META-INF/SIG-")));
    }
}
