package org.happystation.plugins.policy.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyCodec;

/**
 * The CSV file format: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), a header row
 * with the field names, RFC 4180 quoting, steps and materials joined with {@code |}. A cell that a
 * spreadsheet would run as a formula (starting with = + - @) is written with a leading {@code '}, which
 * the reader takes off again.
 */
public final class PolicyCsv {

    private static final String BOM = "\uFEFF";
    private static final String LIST_SEPARATOR = "|";

    private PolicyCsv() {}

    public static String write(List<Policy> policies) {
        var out = new StringBuilder(BOM);
        out.append(String.join(",", PolicyCodec.FIELDS)).append("\r\n");
        for (Policy policy : policies) {
            var map = PolicyCodec.toMap(policy);
            var cells = PolicyCodec.FIELDS.stream().map(f -> cell(map.get(f))).toList();
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        String text = value == null
                ? ""
                : value instanceof List<?> list
                        ? String.join(
                                LIST_SEPARATOR,
                                list.stream().map(Object::toString).toList())
                        : value.toString();
        if (!text.isEmpty() && "=+-@'".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    public static ImportResult read(String text) {
        List<List<String>> rows;
        try {
            rows = parse(text.startsWith(BOM) ? text.substring(1) : text);
        } catch (IllegalArgumentException e) {
            return ImportResult.fileProblem("bad-csv");
        }
        if (rows.isEmpty() || !rows.get(0).contains("title")) {
            return ImportResult.fileProblem("no-header");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        var policies = new ArrayList<Policy>();
        var problems = new ArrayList<RowProblem>();
        for (int i = 1; i < rows.size(); i++) {
            int row = i + 1;
            var decoded = PolicyCodec.fromMap(fields(header, rows.get(i)));
            decoded.problems().forEach(p -> problems.add(new RowProblem(row, p.field(), p.code())));
            if (decoded.valid()) {
                policies.add(decoded.policy());
            }
        }
        if (policies.isEmpty() && problems.isEmpty()) {
            return ImportResult.fileProblem("no-entries");
        }
        return ImportResult.of(policies, problems);
    }

    private static Map<String, String> fields(List<String> header, List<String> cells) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@'".indexOf(cell.charAt(1)) >= 0) {
                cell = cell.substring(1);
            }
            map.put(header.get(i), cell);
        }
        return map;
    }

    /** RFC 4180 records; blank lines are skipped. */
    private static List<List<String>> parse(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted cell is not closed.");
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }
}
