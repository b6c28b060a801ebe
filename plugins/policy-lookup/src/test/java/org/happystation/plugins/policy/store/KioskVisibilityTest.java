package org.happystation.plugins.policy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugins.policy.InMemoryRecordStore;
import org.happystation.plugins.policy.Samples;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.junit.jupiter.api.Test;

class KioskVisibilityTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), SHANGHAI);
    private final LocalDate today = LocalDate.now(clock);
    private final InMemoryRecordStore store = new InMemoryRecordStore();
    private final PolicyRepository repository = new PolicyRepository(store, clock);
    private static long nextStation = 1000;

    private Policy add(String title, PolicyState state) {
        return repository.create(Samples.entry(null, title, "就业见习补助说明。", state));
    }

    private java.util.List<String> kioskTitles(long station, String query) {
        var index = StationIndexes.shared().index(station, repository.changeCount(), today, repository::published);
        return index.search(query, 10).stream().map(h -> h.policy().title()).toList();
    }

    @Test
    void draft_and_retired_entries_never_reach_the_kiosk() {
        add("就业见习已发布", PolicyState.PUBLISHED);
        add("就业见习草稿", PolicyState.DRAFT);
        add("就业见习已下线", PolicyState.RETIRED);

        assertThat(kioskTitles(nextStation++, "就业见习")).containsExactly("就业见习已发布");
    }

    @Test
    void an_expired_entry_is_not_shown() {
        var expired = Samples.entry(null, "就业见习旧政策", "见习", PolicyState.PUBLISHED);
        repository.create(new Policy(
                null,
                0,
                expired.title(),
                expired.category(),
                expired.summary(),
                expired.qualification(),
                expired.steps(),
                expired.materials(),
                expired.place(),
                expired.hours(),
                expired.fees(),
                expired.processingTime(),
                expired.contact(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 5, 31),
                expired.source(),
                PolicyState.PUBLISHED,
                false,
                null));

        assertThat(kioskTitles(nextStation++, "就业见习")).isEmpty();
    }

    @Test
    void retiring_an_entry_rebuilds_the_shared_index() {
        long station = nextStation++;
        var entry = add("就业见习补助", PolicyState.PUBLISHED);
        assertThat(kioskTitles(station, "就业见习")).containsExactly("就业见习补助");

        repository.changeState(entry, PolicyState.RETIRED);

        assertThat(kioskTitles(station, "就业见习")).isEmpty();
    }

    @Test
    void a_save_that_lost_the_race_changes_nothing() {
        var entry = add("就业见习补助", PolicyState.DRAFT);
        repository.save(entry.withState(PolicyState.PUBLISHED));

        assertThatThrownBy(() -> repository.save(entry.withState(PolicyState.RETIRED)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository.find(entry.id()).orElseThrow().state()).isEqualTo(PolicyState.PUBLISHED);
    }

    @Test
    void the_sample_set_is_seeded_once_and_stays_removed() {
        repository.seedIfNew(SampleSet::load);
        int seeded = repository.all().size();

        assertThat(seeded).isGreaterThanOrEqualTo(60);
        assertThat(repository.all()).allSatisfy(p -> assertThat(p.sample()).isTrue());
        assertThat(repository.removeSamples()).isEqualTo(seeded);

        repository.seedIfNew(SampleSet::load);
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void a_station_with_entries_of_its_own_gets_no_samples() {
        add("本站自己的政策", PolicyState.PUBLISHED);

        repository.seedIfNew(SampleSet::load);

        assertThat(repository.all()).extracting(Policy::title).containsExactly("本站自己的政策");
    }
}
