package org.happystation.points.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private final byte[] pdf = CertificatePdf.render(
            "志愿服务证明",
            List.of("兹证明 王秀英（身份证号 2103**********0012）参加志愿服务，合计 12 小时。", "记录单位：灵西社区幸福驿站"),
            "扫码核验",
            "http://127.0.0.1:8080/certificates/ABCDEFGH2345");

    @Test
    void it_is_a_pdf_whose_cross_reference_table_points_at_its_objects() {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
        var xref = Pattern.compile("startxref\n(\\d+)").matcher(text);
        assertThat(xref.find()).isTrue();
        int table = Integer.parseInt(xref.group(1));
        assertThat(text.substring(table)).startsWith("xref\n0 8\n");
        var offsets = Pattern.compile("(\\d{10}) 00000 n").matcher(text.substring(table));
        int object = 1;
        while (offsets.find()) {
            assertThat(text.substring(Integer.parseInt(offsets.group(1)))).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object).isEqualTo(8);
    }

    @Test
    void chinese_is_written_in_a_cjk_font_that_readers_supply_and_the_name_is_in_the_text() {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H");
        // 王秀英 in UCS-2
        assertThat(text).contains("738B79C082F1");
        assertThat(text).contains(" re\n").as("the QR code is drawn");
    }

    @Test
    void long_lines_wrap_by_width() {
        assertThat(CertificatePdf.wrap("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
        assertThat(CertificatePdf.wrap("abcdefgh", 2)).containsExactly("abcd", "efgh");
    }
}
