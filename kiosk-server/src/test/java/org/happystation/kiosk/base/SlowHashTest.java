package org.happystation.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowHashTest {

    @Test
    void the_right_secret_matches_and_a_wrong_one_does_not() {
        String hash = SlowHash.hash("246813");

        assertThat(SlowHash.matches("246813", hash)).isTrue();
        assertThat(SlowHash.matches("246814", hash)).isFalse();
    }

    @Test
    void the_same_pin_hashes_differently_each_time_so_equal_pins_cannot_be_spotted() {
        assertThat(SlowHash.hash("246813")).isNotEqualTo(SlowHash.hash("246813"));
    }

    @Test
    void the_hash_names_its_algorithm_and_does_not_contain_the_secret() {
        String hash = SlowHash.hash("246813");

        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain("246813");
    }

    @Test
    void a_damaged_or_missing_hash_never_matches() {
        assertThat(SlowHash.matches("246813", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(SlowHash.matches("246813", "plain-text")).isFalse();
        assertThat(SlowHash.matches("246813", null)).isFalse();
        assertThat(SlowHash.matches(null, SlowHash.hash("246813"))).isFalse();
    }
}
