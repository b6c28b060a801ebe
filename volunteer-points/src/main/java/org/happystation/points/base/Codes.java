package org.happystation.points.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Codes people read and type (vouchers, certificates), and the SHA-256 digests the module stores. */
public final class Codes {

    /** Letters and digits that cannot be mistaken for each other when read aloud or typed by staff. */
    private static final String READABLE = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {}

    public static String readable(int length) {
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return code.toString();
    }

    /** Upper case without spaces or dashes, as a code is typed or read from a QR image. */
    public static String normalised(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase().replace(" ", "").replace("-", "");
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
