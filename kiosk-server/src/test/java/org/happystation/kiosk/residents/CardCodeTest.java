package org.happystation.kiosk.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.happystation.kiosk.base.FieldProtector;
import org.junit.jupiter.api.Test;

class CardCodeTest {

    private final FieldProtector protector = new FieldProtector(randomKey());

    @Test
    void a_card_code_is_the_prefix_and_144_random_bits_in_base64url() {
        String text = CardCode.issue().text();

        assertThat(text).matches("HSCARD1\\.[A-Za-z0-9_-]{24}");
    }

    @Test
    void an_issued_code_reads_back_as_itself() {
        var code = CardCode.issue();

        assertThat(CardCode.parse(code.text())).contains(code);
        assertThat(CardCode.parse("  " + code.text() + "\n")).contains(code);
    }

    @Test
    void no_two_codes_are_alike() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(CardCode.issue().text())).isTrue();
        }
    }

    @Test
    void a_code_cut_short_or_lengthened_is_not_a_card() {
        String text = CardCode.issue().text();

        assertThat(CardCode.parse(text.substring(0, text.length() - 1))).isEmpty();
        assertThat(CardCode.parse(text + "A")).isEmpty();
        assertThat(CardCode.parse("HSCARD1.")).isEmpty();
        assertThat(CardCode.parse("")).isEmpty();
        assertThat(CardCode.parse(null)).isEmpty();
    }

    @Test
    void a_wrong_prefix_is_not_a_card() {
        String secret = CardCode.issue().text().substring(CardCode.PREFIX.length());

        assertThat(CardCode.parse("HSCARD2." + secret)).isEmpty();
        assertThat(CardCode.parse("hscard1." + secret)).isEmpty();
        assertThat(CardCode.parse("HSCARD1:" + secret)).isEmpty();
        assertThat(CardCode.parse(secret + "HSCARD1.")).isEmpty();
        assertThat(CardCode.looksLikeCard("https://example.com/pay?x=1")).isFalse();
    }

    @Test
    void characters_outside_base64url_are_refused() {
        String text = CardCode.issue().text();

        assertThat(CardCode.parse(text.substring(0, 20) + "+" + text.substring(21)))
                .isEmpty();
        assertThat(CardCode.parse(text.substring(0, 20) + "/" + text.substring(21)))
                .isEmpty();
        assertThat(CardCode.parse(text.substring(0, 20) + "=" + text.substring(21)))
                .isEmpty();
        assertThat(CardCode.parse(text.substring(0, 20) + "王" + text.substring(21)))
                .isEmpty();
    }

    @Test
    void a_forged_code_of_the_right_shape_parses_but_hashes_to_no_issued_card() {
        var issued = CardCode.issue();
        char[] forged = issued.text().toCharArray();
        int last = forged.length - 1;
        forged[last] = forged[last] == 'A' ? 'B' : 'A';

        var parsed = CardCode.parse(new String(forged)).orElseThrow();

        assertThat(CardCode.looksLikeCard(new String(forged))).isTrue();
        assertThat(parsed.hash(protector)).isNotEqualTo(issued.hash(protector));
    }

    @Test
    void the_stored_hash_is_keyed_and_reveals_not_the_code() {
        var code = CardCode.issue();
        var otherServer = new FieldProtector(randomKey());

        assertThat(code.hash(protector)).isEqualTo(code.hash(protector)).hasSize(64);
        assertThat(code.hash(protector)).isNotEqualTo(code.hash(otherServer));
        assertThat(code.hash(protector)).doesNotContain(code.text().substring(CardCode.PREFIX.length()));
        // Not the hash of the secret alone, which a phone-number hash with the same key could collide with.
        assertThat(code.hash(protector))
                .isNotEqualTo(protector.lookupHash(code.text().substring(CardCode.PREFIX.length())));
    }

    @Test
    void a_code_never_prints_its_secret() {
        var code = CardCode.issue();

        assertThat(code.toString())
                .isEqualTo("HSCARD1.…")
                .doesNotContain(code.text().substring(8));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
