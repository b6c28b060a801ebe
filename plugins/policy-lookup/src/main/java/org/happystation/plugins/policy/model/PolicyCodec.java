package org.happystation.plugins.policy.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns entries into the field maps of the documented file format (README.md) and back, checking every
 * field on the way in. The stored record uses the same fields plus {@code updatedAt}.
 */
public final class PolicyCodec {

    /** The fields of the file format, in the order files show them. */
    public static final List<String> FIELDS = List.of(
            "id",
            "title",
            "category",
            "summary",
            "qualification",
            "steps",
            "materials",
            "place",
            "hours",
            "fees",
            "processingTime",
            "contact",
            "effectiveFrom",
            "expiresOn",
            "source",
            "state",
            "sample");

    public static final int TITLE_MAX = 60;
    public static final int TEXT_MAX = 2000;
    private static final List<String> REQUIRED =
            List.of("title", "category", "summary", "qualification", "steps", "place", "contact", "source");

    private PolicyCodec() {}

    /** An entry read from a map, with everything wrong with it; the entry is null when a problem exists. */
    public record Decoded(Policy policy, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The entry as the file format's fields; lists stay lists, dates are ISO text. */
    public static Map<String, Object> toMap(Policy p) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", p.id());
        map.put("title", p.title());
        map.put("category", p.category() == null ? null : p.category().code());
        map.put("summary", p.summary());
        map.put("qualification", p.qualification());
        map.put("steps", p.steps());
        map.put("materials", p.materials());
        map.put("place", p.place());
        map.put("hours", p.hours());
        map.put("fees", p.fees());
        map.put("processingTime", p.processingTime());
        map.put("contact", p.contact());
        map.put(
                "effectiveFrom",
                p.effectiveFrom() == null ? null : p.effectiveFrom().toString());
        map.put("expiresOn", p.expiresOn() == null ? null : p.expiresOn().toString());
        map.put("source", p.source());
        map.put("state", p.state().name());
        map.put("sample", p.sample());
        return map;
    }

    /** The JSON of the stored record. */
    public static String toStoredJson(Policy p) {
        var map = toMap(p);
        map.remove("id");
        map.put("updatedAt", p.updatedAt() == null ? null : p.updatedAt().toString());
        return Json.write(map);
    }

    /** Reads a stored record; a record that fails the checks is still shown to the manager as a draft. */
    public static Policy fromStored(String id, long version, String json) {
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>) Json.parse(json);
        var decoded = decode(map, false);
        Instant updated = parseInstant(map.get("updatedAt"));
        return decoded.policy().stored(id, version).updatedAt(updated);
    }

    /** Reads and checks an entry from a file's fields (missing fields count as empty). */
    public static Decoded fromMap(Map<String, ?> map) {
        var decoded = decode(map, true);
        return decoded.valid() ? decoded : new Decoded(null, decoded.problems());
    }

    private static Decoded decode(Map<String, ?> map, boolean strict) {
        var problems = new ArrayList<FieldProblem>();
        var reader = new FieldReader(map, problems);
        String id = reader.text("id", 100);
        var policy = new Policy(
                id.isEmpty() ? null : id,
                0,
                reader.text("title", TITLE_MAX),
                reader.category(),
                reader.text("summary", TEXT_MAX),
                reader.text("qualification", TEXT_MAX),
                reader.list("steps"),
                reader.list("materials"),
                reader.text("place", TEXT_MAX),
                reader.text("hours", TEXT_MAX),
                reader.text("fees", TEXT_MAX),
                reader.text("processingTime", TEXT_MAX),
                reader.text("contact", TEXT_MAX),
                reader.date("effectiveFrom"),
                reader.date("expiresOn"),
                reader.text("source", TEXT_MAX),
                reader.state(),
                reader.bool("sample"),
                null);
        if (strict) {
            checkRequired(policy, problems);
        }
        return new Decoded(policy, List.copyOf(problems));
    }

    private static void checkRequired(Policy p, List<FieldProblem> problems) {
        var values = toMap(p);
        for (String field : REQUIRED) {
            Object value = values.get(field);
            boolean empty = value == null || value.toString().isBlank() || value instanceof List<?> l && l.isEmpty();
            boolean reported = problems.stream().anyMatch(pr -> pr.field().equals(field));
            if (empty && !reported) {
                problems.add(new FieldProblem(field, "missing"));
            }
        }
        if (p.effectiveFrom() != null && p.expiresOn() != null && p.expiresOn().isBefore(p.effectiveFrom())) {
            problems.add(new FieldProblem("expiresOn", "expiry-before-start"));
        }
    }

    private static Instant parseInstant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads typed fields from a map and notes what does not fit. */
    private record FieldReader(Map<String, ?> map, List<FieldProblem> problems) {

        String text(String field, int max) {
            Object value = map.get(field);
            if (value == null) {
                return "";
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                problems.add(new FieldProblem(field, "not-text"));
                return "";
            }
            String text = value.toString().strip();
            if (text.length() > max) {
                problems.add(new FieldProblem(field, "too-long"));
            }
            return text;
        }

        List<String> list(String field) {
            Object value = map.get(field);
            List<String> items = value instanceof List<?> list
                    ? list.stream().map(v -> v == null ? "" : v.toString()).toList()
                    : value == null ? List.of() : Arrays.asList(value.toString().split("\\|"));
            var cleaned =
                    items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (cleaned.stream().anyMatch(s -> s.length() > TEXT_MAX)) {
                problems.add(new FieldProblem(field, "too-long"));
            }
            return cleaned;
        }

        Category category() {
            String code = text("category", 100);
            if (code.isEmpty()) {
                return null;
            }
            var category = Category.byCode(code.toLowerCase(Locale.ROOT));
            if (category.isEmpty()) {
                problems.add(new FieldProblem("category", "unknown-category"));
            }
            return category.orElse(null);
        }

        LocalDate date(String field) {
            String text = text(field, 100);
            try {
                return text.isEmpty() ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "bad-date"));
                return null;
            }
        }

        PolicyState state() {
            String text = text("state", 100).toUpperCase(Locale.ROOT);
            if (text.isEmpty()) {
                return PolicyState.DRAFT;
            }
            try {
                return PolicyState.valueOf(text);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("state", "bad-state"));
                return PolicyState.DRAFT;
            }
        }

        boolean bool(String field) {
            String text = text(field, 10).toLowerCase(Locale.ROOT);
            if (!text.isEmpty() && !text.equals("true") && !text.equals("false")) {
                problems.add(new FieldProblem(field, "bad-boolean"));
            }
            return text.equals("true");
        }
    }
}
