package org.happystation.kiosk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.happystation.kiosk.stations.StationId;
import org.junit.jupiter.api.Test;

class ActorTest {

    private final StationId lingxi = new StationId(1);
    private final StationId jianshen = new StationId(2);

    @Test
    void a_station_manager_manages_only_their_own_station() {
        var manager = new Actor("lingxi.manager", Role.STATION_MANAGER, Optional.of(lingxi));

        assertThat(manager.canManage(lingxi)).isTrue();
        assertThat(manager.canManage(jianshen)).isFalse();
        assertThatThrownBy(() -> manager.requireCanManage(jianshen)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_city_administrator_manages_every_station() {
        var admin = new Actor("admin", Role.CITY_ADMIN, Optional.empty());

        assertThat(admin.canManage(lingxi)).isTrue();
        assertThat(admin.canManage(jianshen)).isTrue();
    }

    @Test
    void staff_manage_no_station_settings() {
        var staff = new Actor("lingxi.canteen", Role.STAFF, Optional.of(lingxi));

        assertThat(staff.canManage(lingxi)).isFalse();
        assertThatThrownBy(staff::requireCityAdmin).isInstanceOf(NotPermittedException.class);
    }
}
