package org.happystation.plugins.policy.store;

import java.time.LocalDate;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.policy.search.PolicyIndex;

/**
 * What the views of one station work with: the station's entries (seeded with the sample set at first
 * use) and the search index of those residents may see today.
 */
public final class PolicyCatalog {

    private final PolicyRepository repository;
    private final long stationId;
    private final LocalDate today;

    public PolicyCatalog(PluginContext context) {
        this.repository = new PolicyRepository(context.records(), context.clock());
        this.stationId = context.station().id();
        this.today = LocalDate.now(context.clock());
        repository.seedIfNew(SampleSet::load);
    }

    public PolicyRepository repository() {
        return repository;
    }

    public PolicyIndex index() {
        return StationIndexes.shared().index(stationId, repository.changeCount(), today, repository::published);
    }
}
