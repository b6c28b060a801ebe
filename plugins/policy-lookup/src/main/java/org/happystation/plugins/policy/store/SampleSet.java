package org.happystation.plugins.policy.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.happystation.plugins.policy.transfer.ImportResult;
import org.happystation.plugins.policy.transfer.PolicyJsonFile;

/**
 * The sample entries shipped with the plugin ({@code sample-policies.json}, in the import format), written
 * for this project in plain Chinese: published and flagged as samples.
 */
public final class SampleSet {

    static final String RESOURCE = "/org/happystation/plugins/policy/sample-policies.json";

    private SampleSet() {}

    /** The sample file read and checked like an import. */
    public static ImportResult read() {
        try (InputStream in = SampleSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample set " + RESOURCE + " is missing from the plugin.");
            }
            return PolicyJsonFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Policy> load() {
        return read().policies().stream()
                .map(p -> new Policy(
                        null,
                        0,
                        p.title(),
                        p.category(),
                        p.summary(),
                        p.qualification(),
                        p.steps(),
                        p.materials(),
                        p.place(),
                        p.hours(),
                        p.fees(),
                        p.processingTime(),
                        p.contact(),
                        p.effectiveFrom(),
                        p.expiresOn(),
                        p.source(),
                        PolicyState.PUBLISHED,
                        true,
                        null))
                .toList();
    }
}
