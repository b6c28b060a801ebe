package org.happystation.plugins.policy.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One policy entry: what a resident reads at the kiosk (who qualifies, the steps, the materials, where and
 * when to apply) and what the manager keeps (state, sample flag, version).
 *
 * @param id the record's id in the store; {@code null} for an entry not stored yet
 * @param version the record's version, for optimistic updates; 0 when not stored yet
 * @param sample whether the entry comes from the plugin's sample set rather than from the station
 */
public record Policy(
        String id,
        long version,
        String title,
        Category category,
        String summary,
        String qualification,
        List<String> steps,
        List<String> materials,
        String place,
        String hours,
        String fees,
        String processingTime,
        String contact,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        String source,
        PolicyState state,
        boolean sample,
        Instant updatedAt) {

    public Policy {
        title = text(title);
        summary = text(summary);
        qualification = text(qualification);
        steps = steps == null ? List.of() : List.copyOf(steps);
        materials = materials == null ? List.of() : List.copyOf(materials);
        place = text(place);
        hours = text(hours);
        fees = text(fees);
        processingTime = text(processingTime);
        contact = text(contact);
        source = text(source);
        state = Objects.requireNonNullElse(state, PolicyState.DRAFT);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public Policy withState(PolicyState newState) {
        return new Policy(
                id,
                version,
                title,
                category,
                summary,
                qualification,
                steps,
                materials,
                place,
                hours,
                fees,
                processingTime,
                contact,
                effectiveFrom,
                expiresOn,
                source,
                newState,
                sample,
                updatedAt);
    }

    public Policy stored(String newId, long newVersion) {
        return new Policy(
                newId,
                newVersion,
                title,
                category,
                summary,
                qualification,
                steps,
                materials,
                place,
                hours,
                fees,
                processingTime,
                contact,
                effectiveFrom,
                expiresOn,
                source,
                state,
                sample,
                updatedAt);
    }

    public Policy updatedAt(Instant when) {
        return new Policy(
                id,
                version,
                title,
                category,
                summary,
                qualification,
                steps,
                materials,
                place,
                hours,
                fees,
                processingTime,
                contact,
                effectiveFrom,
                expiresOn,
                source,
                state,
                sample,
                when);
    }

    /** The entry without what the store adds (id, version, time of change): what a file carries. */
    public Policy content() {
        return new Policy(
                null,
                0,
                title,
                category,
                summary,
                qualification,
                steps,
                materials,
                place,
                hours,
                fees,
                processingTime,
                contact,
                effectiveFrom,
                expiresOn,
                source,
                state,
                sample,
                null);
    }

    /** Whether residents may see it on {@code today}: published and not expired. */
    public boolean visibleOn(LocalDate today) {
        return state == PolicyState.PUBLISHED && (expiresOn == null || !expiresOn.isBefore(today));
    }
}
