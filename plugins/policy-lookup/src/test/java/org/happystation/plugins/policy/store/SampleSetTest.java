package org.happystation.plugins.policy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.junit.jupiter.api.Test;

class SampleSetTest {

    @Test
    void the_sample_file_has_at_least_sixty_valid_entries() {
        var result = SampleSet.read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.policies()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void the_samples_cover_every_category() {
        Set<Category> covered = SampleSet.load().stream().map(Policy::category).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void every_sample_says_it_is_sample_text_and_is_published() {
        assertThat(SampleSet.load()).allSatisfy(p -> {
            assertThat(p.source()).contains("示例数据，以当地人社部门公布为准");
            assertThat(p.sample()).isTrue();
            assertThat(p.state()).isEqualTo(PolicyState.PUBLISHED);
            assertThat(p.steps()).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void the_samples_cover_the_topics_of_the_station() {
        String titles = SampleSet.load().stream().map(Policy::title).collect(Collectors.joining(" "));

        assertThat(titles)
                .contains(
                        "参保登记",
                        "社会保障卡首次申领",
                        "补领",
                        "挂失",
                        "见习",
                        "就业困难人员认定",
                        "公益性岗位",
                        "失业保险金",
                        "灵活就业",
                        "资格认证",
                        "高龄津贴",
                        "老年助餐",
                        "居家养老",
                        "医疗保险",
                        "慢特病",
                        "长期护理保险",
                        "住房公积金",
                        "公共租赁住房",
                        "最低生活保障",
                        "特困人员",
                        "临时救助",
                        "残疾人",
                        "人才",
                        "创业担保贷款",
                        "技能培训补贴");
    }
}
