package org.happystation.plugins.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.happystation.plugins.policy.Samples;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.PolicyState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChineseSearchTest {

    private static PolicyIndex index;

    @BeforeAll
    static void indexTheSampleSet() {
        index = Samples.index();
    }

    private static List<String> titles(String query, int top) {
        return index.search(query, top).stream().map(h -> h.policy().title()).toList();
    }

    @Test
    void smartcn_splits_the_social_security_card_into_words() {
        assertThat(ChineseText.words("社会保障卡")).containsExactly("社会", "保障", "卡");
    }

    @Test
    void a_spoken_request_finds_the_social_security_card_entries_first() {
        var hits = index.search("我想办社保卡", 3);

        assertThat(hits).hasSize(3);
        assertThat(hits)
                .allSatisfy(hit -> assertThat(hit.policy().category()).isEqualTo(Category.SOCIAL_SECURITY_CARD));
    }

    @Test
    void extra_words_in_a_question_do_not_hide_the_entry() {
        assertThat(titles("请问一下老人怎么领取高龄津贴呢", 1)).containsExactly("高龄津贴申领");
        assertThat(titles("社保卡丢了怎么补办", 1).get(0)).contains("社保卡").contains("补领");
    }

    @Test
    void a_word_no_entry_contains_returns_nothing() {
        assertThat(index.search("火星旅游签证", 10)).isEmpty();
    }

    @Test
    void searching_a_category_name_finds_its_entries() {
        assertThat(index.search("人才政策", 5))
                .allSatisfy(hit -> assertThat(hit.policy().category()).isEqualTo(Category.TALENT));
    }

    @Test
    void a_match_in_the_title_ranks_above_a_match_in_the_body() {
        var titleMatch = Samples.entry("a", "失业保险金申领", "按月领取，帮助渡过难关。", PolicyState.PUBLISHED);
        var bodyMatch = Samples.entry("b", "再就业服务", "失业人员可以先申领失业保险金，再参加培训。", PolicyState.PUBLISHED);
        var small = PolicyIndex.of(List.of(bodyMatch, titleMatch));

        assertThat(small.search("失业保险金", 10)).extracting(h -> h.policy().id()).containsExactly("a", "b");
    }

    @Test
    void the_matched_words_are_marked_in_title_and_fragment() {
        var hit = index.search("高龄津贴", 1).get(0);

        assertThat(hit.title()).contains(new Segment("高龄", true), new Segment("津贴", true));
        assertThat(hit.fragment())
                .anySatisfy(segment -> assertThat(segment.match()).isTrue());
        assertThat(hit.matchedWords()).contains("高龄", "津贴");
    }

    @Test
    void the_fragment_shows_the_body_text_around_the_match() {
        var hit = index.search("扶手", 1).get(0);

        assertThat(hit.policy().title()).isEqualTo("老年人家庭适老化改造");
        String fragment =
                String.join("", hit.fragment().stream().map(Segment::text).toList());
        assertThat(fragment).contains("安装扶手");
        assertThat(hit.fragment()).contains(new Segment("扶手", true));
    }
}
