package org.happystation.kiosk.residents;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.happystation.kiosk.base.FieldProtector;

/**
 * What a resident card's QR code says: {@code HSCARD1.} and a random secret of {@value #SECRET_BYTES} bytes
 * in base64url. The secret is the whole credential, it names nobody: the server keeps only its keyed hash
 * and finds the resident by that. Printed once; the text is never logged and {@link #toString()} hides it.
 */
public final class CardCode {

    static final String PREFIX = "HSCARD1.";
    /** 144 random bits: 24 base64url characters with no padding, so a QR code of version 3 holds it. */
    static final int SECRET_BYTES = 18;

    private static final int SECRET_CHARS = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** Keeps card hashes apart from the phone-number hashes made with the same key. */
    private static final String HASH_CONTEXT = "resident-card:";

    private final byte[] secret;

    private CardCode(byte[] secret) {
        this.secret = secret;
    }

    /** A new card's code, from the system's strong random source. */
    static CardCode issue() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new CardCode(secret);
    }

    /**
     * The code in a scanned text, if the text is exactly one: the prefix, then 24 base64url characters
     * (surrounding blanks are forgiven, as some scanners add a line end). Says nothing of whether a card
     * with this code exists.
     */
    public static Optional<CardCode> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String text = scanned.strip();
        if (text.length() != PREFIX.length() + SECRET_CHARS || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String body = text.substring(PREFIX.length());
        if (!body.chars().allMatch(CardCode::isBase64Url)) {
            return Optional.empty();
        }
        return Optional.of(new CardCode(Base64.getUrlDecoder().decode(body)));
    }

    /** Whether the text claims to be a resident card at all (a forged or damaged one included). */
    public static boolean looksLikeCard(String scanned) {
        return scanned != null && scanned.strip().startsWith(PREFIX);
    }

    /** The text to put in the card's QR code. */
    public String text() {
        return PREFIX + ENCODER.encodeToString(secret);
    }

    /** What the database keeps: a keyed hash, so that a copy of the database cannot make cards. */
    String hash(FieldProtector protector) {
        return protector.lookupHash(HASH_CONTEXT + ENCODER.encodeToString(secret));
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardCode code && MessageDigest.isEqual(secret, code.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
