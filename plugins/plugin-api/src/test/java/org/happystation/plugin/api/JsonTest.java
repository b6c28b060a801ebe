package org.happystation.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void a_record_written_and_read_back_is_the_same_in_the_same_order() {
        var record = new LinkedHashMap<String, Object>();
        record.put("name", "王秀兰 \"阿姨\"\n住 3 号楼\\2 单元");
        record.put("fen", 1200L);
        record.put("share", 0.5);
        record.put("delivery", true);
        record.put("note", null);
        record.put("days", List.of("MONDAY", "FRIDAY"));
        record.put("nested", new LinkedHashMap<>(java.util.Map.of("seats", 350L)));

        var read = Json.parseObject(Json.write(record));

        assertThat(read).isEqualTo(record);
        assertThat(read.keySet()).containsExactlyElementsOf(record.keySet());
        assertThat(read.get("fen")).isInstanceOf(Long.class);
        assertThat(read.get("share")).isInstanceOf(Double.class);
    }

    @Test
    void control_characters_are_escaped_and_unicode_escapes_are_read() {
        assertThat(Json.write("a\u0001b")).isEqualTo("\"a\\u0001b\"");
        assertThat(Json.parse("\"\\u793e\\u4fdd\\u5361\"")).isEqualTo("社保卡");
    }

    @Test
    void malformed_text_is_refused_saying_where() {
        for (String bad :
                Arrays.asList("{\"a\":", "{\"a\" 1}", "[1,2", "\"open", "\"ends in \\", "\"\\u12\"", "nul", "{} x")) {
            assertThatThrownBy(() -> Json.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Bad JSON at ");
        }
        assertThatThrownBy(() -> Json.parseObject("[1]")).isInstanceOf(IllegalArgumentException.class);
    }
}
