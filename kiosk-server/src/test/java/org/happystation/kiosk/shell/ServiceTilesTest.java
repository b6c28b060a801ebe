package org.happystation.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.ServiceTile;
import org.junit.jupiter.api.Test;

class ServiceTilesTest {

    private final ServiceTile canteen = tile("canteen", 10);
    private final ServiceTile policy = tile("policy-lookup", 20);
    private final ServiceTile tutoring = tile("tutoring", 30);

    @Test
    void tiles_follow_their_default_order_until_the_manager_orders_them() {
        assertThat(ServiceTiles.arrange(List.of(tutoring, canteen, policy), List.of()))
                .containsExactly(canteen, policy, tutoring);
    }

    @Test
    void the_managers_order_comes_first_and_new_tiles_follow() {
        assertThat(ServiceTiles.arrange(List.of(canteen, policy, tutoring), List.of("tutoring", "canteen")))
                .containsExactly(tutoring, canteen, policy);
    }

    @Test
    void a_tile_the_manager_ordered_but_that_is_gone_leaves_no_gap() {
        assertThat(ServiceTiles.arrange(List.of(canteen), List.of("elder-care", "canteen")))
                .containsExactly(canteen);
    }

    private static ServiceTile tile(String id, int order) {
        return new ServiceTile(id, Map.of("zh", id), "vaadin:home", order);
    }
}
