package org.happystation.plugins.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.happystation.plugins.policy.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PinyinSearchTest {

    private static PolicyIndex index;

    @BeforeAll
    static void indexTheSampleSet() {
        index = Samples.index();
    }

    @Test
    void initials_of_every_character_are_spelled() {
        assertThat(PinyinInitials.ofCharacters("社会保障卡")).isEqualTo("shbzk");
        assertThat(PinyinInitials.ofCharacters("社保卡")).isEqualTo("sbk");
    }

    @Test
    void a_title_yields_the_abbreviated_and_the_full_spellings() {
        var spellings = PinyinInitials.fromStart(List.of("社会", "保障", "卡"));

        assertThat(spellings).contains("sbk", "shbzk", "shbk", "sbzk");
    }

    @Test
    void searching_sbk_finds_the_social_security_card_entries() {
        var hits = index.search("sbk", 10);

        assertThat(hits).hasSizeGreaterThanOrEqualTo(5);
        assertThat(hits.subList(0, 5))
                .allSatisfy(hit -> assertThat(hit.policy().title()).containsAnyOf("社保卡", "社会保障卡"));
    }

    @Test
    void full_initials_of_the_longer_name_find_it_too() {
        assertThat(index.search("shbzk", 3).get(0).policy().title()).isEqualTo("社会保障卡首次申领");
        assertThat(index.search("SHBK", 3).get(0).policy().title()).isEqualTo("社会保障卡首次申领");
    }

    @Test
    void searching_ylbx_finds_medical_and_pension_insurance_entries() {
        var hits = index.search("ylbx", 20);

        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(hit -> assertThat(hit.policy().title()).containsAnyOf("医疗保险", "养老保险"));
        assertThat(hits)
                .extracting(h -> h.policy().title())
                .anySatisfy(t -> assertThat(t).contains("医疗保险"))
                .anySatisfy(t -> assertThat(t).contains("养老保险"));
    }

    @Test
    void initials_at_the_start_of_a_title_are_a_prefix_match() {
        assertThat(index.search("gljt", 1).get(0).policy().title()).isEqualTo("高龄津贴申领");
        assertThat(index.search("glj", 1).get(0).policy().title()).isEqualTo("高龄津贴申领");
    }

    @Test
    void the_characters_spelled_by_the_initials_are_marked() {
        var hit = index.search("sbk", 10).stream()
                .filter(h -> h.policy().title().equals("社保卡临时挂失与解挂"))
                .findFirst()
                .orElseThrow();

        assertThat(hit.title()).contains(new Segment("社保卡", true));
    }
}
