package org.happystation.points.checkin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;

/**
 * The codes behind the QR images. A kiosk's code names its station, the activity and the 30-second time
 * step, signed with HMAC-SHA256 under the station's key (derived from the server's check-in secret); a
 * code is good in its own step and the next one, so a phone that scans just before the image changes still
 * gets in. A volunteer's card carries their id signed with a key of its own.
 *
 * <p>Codes are plain text ({@code c1.3.17.58731234.AbC…}), short enough for a QR image that an old
 * phone camera reads across a counter.
 */
public final class CheckinCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int MAC_BYTES = 16;

    private final byte[] secret;

    public CheckinCodes(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("The check-in secret has at least 16 bytes.");
        }
        this.secret = secret.clone();
    }

    /** What a genuine kiosk code says. */
    public record KioskCode(StationRef station, long activityId, long step) {}

    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code a kiosk shows now for an activity of its station. */
    public String kioskCode(StationRef station, long activityId, Instant now) {
        String body = "c1." + station.id() + "." + activityId + "." + stepAt(now);
        return body + "." + mac(stationKey(station), body);
    }

    /**
     * Checks a scanned code: forged (bad form or signature), not yet valid (from the future) or expired
     * (older than one step of allowance) codes are refused with the reason.
     */
    public KioskCode verifyKioskCode(String code, Instant now) {
        String[] parts = code == null ? new String[0] : code.trim().split("\\.");
        if (parts.length != 5 || !parts[0].equals("c1")) {
            throw forged();
        }
        long stationId;
        long activityId;
        long step;
        try {
            stationId = Long.parseLong(parts[1]);
            activityId = Long.parseLong(parts[2]);
            step = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            throw forged();
        }
        if (stationId <= 0 || activityId <= 0) {
            throw forged();
        }
        var station = new StationRef(stationId);
        String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        if (!sameMac(mac(stationKey(station), body), parts[4])) {
            throw forged();
        }
        long current = stepAt(now);
        if (step > current) {
            throw new PointsRefused(
                    Reason.CODE_NOT_YET_VALID, "This code is not valid yet; the kiosk's clock is ahead.");
        }
        if (step < current - 1) {
            throw new PointsRefused(Reason.CODE_EXPIRED, "This code has expired; scan the one the kiosk shows now.");
        }
        return new KioskCode(station, activityId, step);
    }

    /** The code printed on a volunteer's card: it identifies them to staff and never expires. */
    public String cardCode(long volunteerId) {
        String body = "v1." + volunteerId;
        return body + "." + mac(cardKey(), body);
    }

    public long verifyCardCode(String code) {
        String[] parts = code == null ? new String[0] : code.trim().split("\\.");
        if (parts.length != 3 || !parts[0].equals("v1")) {
            throw forged();
        }
        try {
            long id = Long.parseLong(parts[1]);
            if (id > 0 && sameMac(mac(cardKey(), parts[0] + "." + parts[1]), parts[2])) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw forged();
    }

    private static PointsRefused forged() {
        return new PointsRefused(Reason.CODE_FORGED, "This is not a check-in code of any station.");
    }

    private byte[] stationKey(StationRef station) {
        return hmac(secret, "station-checkin-key." + station.id());
    }

    private byte[] cardKey() {
        return hmac(secret, "volunteer-card-key");
    }

    private static String mac(byte[] key, String body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hmac(key, body), MAC_BYTES));
    }

    private static boolean sameMac(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
