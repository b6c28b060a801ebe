package org.happystation.plugins.eldercare.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.happystation.plugin.api.ResidentInfo;

/**
 * Who may use a service: old enough (age by birth year at the station's today, as elder services count it),
 * with a mobility level the service accepts, and, for a service at home, with an address on the profile.
 */
public final class Eligibility {

    /** Why an elder may not book a service. */
    public enum Reason {
        TOO_YOUNG,
        MOBILITY,
        NO_ADDRESS
    }

    /** A refusal with what the screen needs to say it in a full sentence. */
    public record Refusal(Reason reason, CareService service, ResidentInfo elder, int age, Mobility mobility) {}

    private Eligibility() {}

    /** The elder's age in the year of {@code today}. */
    public static int age(ResidentInfo elder, LocalDate today) {
        return today.getYear() - elder.birthYear();
    }

    /** Why the elder may not book the service, or empty when they may. */
    public static Optional<Refusal> check(
            CareService service, ResidentInfo elder, CareProfile profile, LocalDate today) {
        int age = age(elder, today);
        Reason reason = null;
        if (age < service.minimumAge()) {
            reason = Reason.TOO_YOUNG;
        } else if (!service.accepted().contains(profile.mobility())) {
            reason = Reason.MOBILITY;
        } else if (service.atHome() && !profile.hasAddress()) {
            reason = Reason.NO_ADDRESS;
        }
        return Optional.ofNullable(reason).map(why -> new Refusal(why, service, elder, age, profile.mobility()));
    }
}
