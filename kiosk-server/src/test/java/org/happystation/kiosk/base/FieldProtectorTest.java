package org.happystation.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class FieldProtectorTest {

    private final FieldProtector protector = new FieldProtector(randomKey());

    @Test
    void a_stored_phone_number_reads_back_but_is_not_stored_in_clear() {
        String stored = protector.encrypt("13800000001");

        assertThat(stored).doesNotContain("13800000001");
        assertThat(protector.decrypt(stored)).isEqualTo("13800000001");
    }

    @Test
    void the_same_number_encrypts_differently_each_time_but_has_one_lookup_hash() {
        assertThat(protector.encrypt("13800000001")).isNotEqualTo(protector.encrypt("13800000001"));
        assertThat(protector.lookupHash("13800000001")).isEqualTo(protector.lookupHash("13800000001"));
        assertThat(protector.lookupHash("13800000001")).isNotEqualTo(protector.lookupHash("13800000002"));
    }

    @Test
    void another_servers_key_can_neither_read_nor_find_the_number() {
        var other = new FieldProtector(randomKey());
        String stored = protector.encrypt("13800000001");

        assertThatThrownBy(() -> other.decrypt(stored)).hasMessageContaining("cannot be read");
        assertThat(other.lookupHash("13800000001")).isNotEqualTo(protector.lookupHash("13800000001"));
    }

    @Test
    void a_key_of_the_wrong_size_is_refused() {
        assertThatThrownBy(() -> new FieldProtector(new byte[16])).hasMessageContaining("64 bytes");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
