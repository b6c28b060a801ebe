package org.happystation.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTileTest {

    @Test
    void title_follows_the_language_and_falls_back_to_chinese() {
        var tile = new ServiceTile("canteen", Map.of("zh", "社区食堂", "en", "Canteen"), "vaadin:cutlery", 10);

        assertThat(tile.title(Locale.CHINESE)).isEqualTo("社区食堂");
        assertThat(tile.title(Locale.ENGLISH)).isEqualTo("Canteen");
        assertThat(tile.title(Locale.JAPANESE)).isEqualTo("社区食堂");
    }

    @Test
    void a_tile_without_a_chinese_title_is_refused() {
        assertThatThrownBy(() -> new ServiceTile("canteen", Map.of("en", "Canteen"), "vaadin:cutlery", 10))
                .hasMessageContaining("Chinese title");
    }

    @Test
    void an_id_that_cannot_be_part_of_an_address_is_refused() {
        assertThatThrownBy(() -> new ServiceTile("Canteen/../x", Map.of("zh", "食堂"), "vaadin:cutlery", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case");
    }
}
