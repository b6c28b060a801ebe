package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void a_record_with_chinese_quotes_and_line_breaks_reads_back_as_written() {
        var written = Json.write(Map.of("note", "小明说\"好\"\n下次带尺子\\", "present", List.of(201L, 202L)));

        var read = Json.parseObject(written);

        assertThat(read.get("note")).isEqualTo("小明说\"好\"\n下次带尺子\\");
        assertThat(Json.numbers(read, "present")).containsExactly(201L, 202L);
    }
}
