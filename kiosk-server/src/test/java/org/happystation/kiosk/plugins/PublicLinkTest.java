package org.happystation.kiosk.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.happystation.plugin.api.StationInfo;
import org.junit.jupiter.api.Test;

class PublicLinkTest {

    private final HostServices services = new HostServices(
            Clock.systemUTC(),
            new HostQrCodes(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            () -> "https://station.example");
    private final StationInfo lingxi = new StationInfo(1, "LX-001", "灵西社区幸福驿站");

    @Test
    void a_public_link_names_the_plugin_the_station_and_the_page() {
        assertThat(services.publicLink("policy-lookup", lingxi, "p/42"))
                .isEqualTo("https://station.example/p/policy-lookup/LX-001/p/42");
    }

    @Test
    void a_path_that_climbs_out_or_carries_a_query_is_refused() {
        assertThatThrownBy(() -> services.publicLink("policy-lookup", lingxi, "../manage"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> services.publicLink("policy-lookup", lingxi, "p/42?x=<script>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> services.publicLink("policy-lookup", lingxi, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
