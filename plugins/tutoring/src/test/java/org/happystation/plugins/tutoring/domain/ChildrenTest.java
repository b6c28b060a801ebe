package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.happystation.plugin.api.ResidentInfo;
import org.junit.jupiter.api.Test;

class ChildrenTest {

    private final ResidentInfo grandmother = new ResidentInfo(1, "王秀兰", 1950);
    private final ResidentInfo son = new ResidentInfo(2, "张伟", 2008);
    private final ResidentInfo daughter = new ResidentInfo(3, "张小红", 2009);
    private final ResidentInfo grandson = new ResidentInfo(4, "张小明", 2017);

    @Test
    void only_relatives_under_18_by_birth_year_are_children() {
        var children = Children.among(List.of(grandmother, son, daughter, grandson), LocalDate.of(2026, 11, 21));

        assertThat(children).containsExactly(daughter, grandson);
    }

    @Test
    void a_child_turning_18_this_year_is_no_longer_offered_from_new_year() {
        assertThat(Children.isChild(son, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(Children.isChild(son, LocalDate.of(2026, 1, 1))).isFalse();
    }
}
