package org.happystation.points.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class RecordsExportTest {

    private final List<List<String>> rows = List.of(
            RecordsExport.HEADER,
            List.of(
                    "1",
                    "王秀英",
                    "午餐帮厨, 打饭",
                    "CANTEEN",
                    "2026-11-23",
                    "溢香家",
                    "=HYPERLINK(\"x\")",
                    "2.00",
                    "灵西社区",
                    "陈美玲",
                    "2",
                    "APPROVED",
                    ""));

    @Test
    void csv_quotes_commas_and_defuses_formulas_and_starts_with_a_byte_order_mark() {
        String csv = new String(RecordsExport.csv(rows), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF记录号,志愿者");
        assertThat(csv).contains("\"午餐帮厨, 打饭\"").contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void xlsx_is_a_workbook_with_one_sheet_of_the_same_cells() throws IOException {
        var parts = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(RecordsExport.xlsx("服务记录", rows)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"服务记录\"");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">记录号</t></is></c>");
        assertThat(sheet).contains("<c r=\"M2\"").contains("王秀英").contains("&apos;=HYPERLINK".replace("&apos;", "'"));
        assertThat(sheet).contains("=HYPERLINK(&quot;x&quot;)");
    }

    @Test
    void columns_are_named_like_a_spreadsheet() {
        assertThat(RecordsExport.column(0)).isEqualTo("A");
        assertThat(RecordsExport.column(25)).isEqualTo("Z");
        assertThat(RecordsExport.column(26)).isEqualTo("AA");
        assertThat(RecordsExport.column(27)).isEqualTo("AB");
    }
}
