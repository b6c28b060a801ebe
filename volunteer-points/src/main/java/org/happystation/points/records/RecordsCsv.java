package org.happystation.points.records;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Service records as CSV with the national record's fields, for the station's own files and the civil
 * affairs office. UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese correctly.
 */
public final class RecordsCsv {

    private RecordsCsv() {}

    public static String of(List<ServiceRecord> records, LongFunction<String> volunteerName) {
        var csv = new StringBuilder("\uFEFF");
        csv.append("记录号,志愿者,活动名称,服务类别,服务日期,服务地点,服务内容,服务时长(小时),组织单位,活动负责人,积分,状态,更正记录号\r\n");
        for (var record : records) {
            csv.append(record.id())
                    .append(',')
                    .append(field(volunteerName.apply(record.volunteerId())))
                    .append(',')
                    .append(field(record.activityName()))
                    .append(',')
                    .append(record.category())
                    .append(',')
                    .append(record.serviceDay())
                    .append(',')
                    .append(field(record.place()))
                    .append(',')
                    .append(field(record.content()))
                    .append(',')
                    .append(String.format("%.2f", record.minutes() / 60.0))
                    .append(',')
                    .append(field(record.organiser()))
                    .append(',')
                    .append(field(record.leader()))
                    .append(',')
                    .append(record.points())
                    .append(',')
                    .append(record.status())
                    .append(',')
                    .append(record.correctsId() == null ? "" : record.correctsId())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a field when it needs it, and defuses spreadsheet formulas (=, +, -, @ at the start). */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
