package org.happystation.plugins.tutoring.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese), lines ended by CR LF. */
final class Csv {

    private Csv() {}

    static byte[] write(List<List<String>> lines) {
        var out = new StringBuilder("\uFEFF");
        for (List<String> line : lines) {
            out.append(String.join(",", line.stream().map(Csv::cell).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One cell. A leading = + - @ tab or carriage return would make a spreadsheet run the cell as a formula
     * (names and notes are typed by people), so it gets an apostrophe first; then the cell is quoted if needed.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
