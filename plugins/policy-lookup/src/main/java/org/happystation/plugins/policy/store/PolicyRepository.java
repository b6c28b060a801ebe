package org.happystation.plugins.policy.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyCodec;
import org.happystation.plugins.policy.model.PolicyState;

/**
 * The station's entries in the collection {@code policies}. Updates name the version they change, so a
 * manager's save that lost a race to another manager fails with
 * {@link RecordStore.ConcurrentChangeException} and changes nothing.
 */
public final class PolicyRepository {

    static final String COLLECTION = "policies";
    private static final int MAX_ENTRIES = 10_000;

    private final RecordStore records;
    private final Clock clock;
    private final ChangeStamp stamp;

    public PolicyRepository(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.stamp = new ChangeStamp(records);
    }

    /** Every entry, oldest first. */
    public List<Policy> all() {
        return records.list(COLLECTION, MAX_ENTRIES).stream()
                .map(r -> PolicyCodec.fromStored(r.id(), r.version(), r.json()))
                .toList();
    }

    public List<Policy> published() {
        return records.findBy(COLLECTION, "state", PolicyState.PUBLISHED.name()).stream()
                .map(r -> PolicyCodec.fromStored(r.id(), r.version(), r.json()))
                .toList();
    }

    public Optional<Policy> find(String id) {
        return records.find(COLLECTION, id).map(r -> PolicyCodec.fromStored(r.id(), r.version(), r.json()));
    }

    /** Stores a new entry (its id and version are ignored). */
    public Policy create(Policy policy) {
        var stored = policy.updatedAt(clock.instant());
        var record = records.insert(COLLECTION, PolicyCodec.toStoredJson(stored));
        stamp.bump();
        return stored.stored(record.id(), record.version());
    }

    /** Replaces an entry that is still at the policy's version. */
    public Policy save(Policy policy) {
        var stored = policy.updatedAt(clock.instant());
        var record = records.update(COLLECTION, policy.id(), policy.version(), PolicyCodec.toStoredJson(stored));
        stamp.bump();
        return stored.stored(record.id(), record.version());
    }

    public Policy changeState(Policy policy, PolicyState state) {
        return save(policy.withState(state));
    }

    /** Deletes an entry that is still at the policy's version. */
    public void delete(Policy policy) {
        records.delete(COLLECTION, policy.id(), policy.version());
        stamp.bump();
    }

    /** Deletes every entry of the sample set; returns how many. */
    public int removeSamples() {
        var samples = all().stream().filter(Policy::sample).toList();
        samples.forEach(p -> records.delete(COLLECTION, p.id(), p.version()));
        stamp.bump();
        return samples.size();
    }

    /** The number of changes made at the station so far: an index built at this count is current. */
    public long changeCount() {
        return stamp.current();
    }

    /**
     * Stores the sample set at a station that never had entries. Two kiosks opening the service at the same
     * first moment could both seed; the manager can then remove the samples with one button.
     */
    public void seedIfNew(Supplier<List<Policy>> samples) {
        if (stamp.exists() || !records.list(COLLECTION, 1).isEmpty()) {
            return;
        }
        for (Policy sample : samples.get()) {
            records.insert(COLLECTION, PolicyCodec.toStoredJson(sample.updatedAt(clock.instant())));
        }
        stamp.bump();
    }
}
