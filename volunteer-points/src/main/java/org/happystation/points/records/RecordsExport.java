package org.happystation.points.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Service records as a table with the national record's fields, for the station's files and the civil
 * affairs office: as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese) and as
 * XLSX (Office Open XML written directly: one sheet of plain cells, no library needed for that).
 */
public final class RecordsExport {

    static final List<String> HEADER = List.of(
            "记录号", "志愿者", "活动名称", "服务类别", "服务日期", "服务地点", "服务内容", "服务时长(小时)", "组织单位", "活动负责人", "积分", "状态", "更正记录号");

    private RecordsExport() {}

    public static List<List<String>> rows(List<ServiceRecord> records, LongFunction<String> volunteerName) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        for (var record : records) {
            rows.add(List.of(
                    String.valueOf(record.id()),
                    volunteerName.apply(record.volunteerId()),
                    record.activityName(),
                    record.category().name(),
                    record.serviceDay().toString(),
                    record.place(),
                    record.content(),
                    String.format("%.2f", record.minutes() / 60.0),
                    record.organiser(),
                    record.leader(),
                    String.valueOf(record.points()),
                    record.status().name(),
                    record.correctsId() == null ? "" : String.valueOf(record.correctsId())));
        }
        return rows;
    }

    public static byte[] csv(List<List<String>> rows) {
        var csv = new StringBuilder("\uFEFF");
        for (var row : rows) {
            csv.append(String.join(
                            ",", row.stream().map(RecordsExport::csvField).toList()))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a field when it needs it, and defuses spreadsheet formulas (=, +, -, @ at the start). */
    static String csvField(String value) {
        String safe = defused(value);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    public static byte[] xlsx(String sheetName, List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(xml(sheetName)));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", sheet(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sheet(List<List<String>> rows) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            var row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String ref = column(c) + (r + 1);
                xml.append("<c r=\"")
                        .append(ref)
                        .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(xml(row.get(c)))
                        .append("</t></is></c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** A, B, … Z, AA, AB … */
    static String column(int index) {
        var name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static String defused(String value) {
        return value == null ? "" : value.matches("^[=+\\-@].*") ? "'" + value : value;
    }

    private static String xml(String value) {
        return defused(value)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
