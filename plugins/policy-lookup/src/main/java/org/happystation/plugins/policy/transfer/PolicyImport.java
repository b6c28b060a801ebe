package org.happystation.plugins.policy.transfer;

import java.util.List;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.store.PolicyRepository;

/**
 * Applies a checked file: an entry whose {@code id} names an entry of the station replaces it, any other
 * entry is added. Only files without problems are applied, so a bad file changes nothing.
 */
public final class PolicyImport {

    private PolicyImport() {}

    /** Applies the file's entries; returns how many were stored. */
    public static int apply(ImportResult result, PolicyRepository repository) {
        if (!result.ok()) {
            throw new IllegalArgumentException("A file with problems is never imported.");
        }
        List<Policy> policies = result.policies();
        for (Policy policy : policies) {
            var existing =
                    policy.id() == null ? null : repository.find(policy.id()).orElse(null);
            if (existing == null) {
                repository.create(policy);
            } else {
                repository.save(policy.stored(existing.id(), existing.version()));
            }
        }
        return policies.size();
    }
}
