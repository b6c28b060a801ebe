package org.happystation.plugins.policy.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugins.policy.model.Json;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyCodec;

/**
 * The JSON file format: {@code {"format": "policy-lookup", "version": 1, "policies": [ … ]}} (a bare list of
 * entries is read too); each entry has the fields of {@link PolicyCodec#FIELDS}, steps and materials as lists.
 */
public final class PolicyJsonFile {

    public static final String FORMAT = "policy-lookup";

    private PolicyJsonFile() {}

    public static String write(List<Policy> policies) {
        var file = new LinkedHashMap<String, Object>();
        file.put("format", FORMAT);
        file.put("version", 1);
        file.put("policies", policies.stream().map(PolicyCodec::toMap).toList());
        return Json.write(file).replace("},{", "},\n{");
    }

    public static ImportResult read(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (IllegalArgumentException e) {
            return ImportResult.fileProblem("bad-json");
        }
        Object list = parsed instanceof Map<?, ?> map ? map.get("policies") : parsed;
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            return ImportResult.fileProblem("no-entries");
        }
        var policies = new ArrayList<Policy>();
        var problems = new ArrayList<RowProblem>();
        for (int i = 0; i < entries.size(); i++) {
            int row = i + 1;
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.add(new RowProblem(row, "", "not-an-object"));
                continue;
            }
            @SuppressWarnings("unchecked")
            var decoded = PolicyCodec.fromMap((Map<String, ?>) entry);
            decoded.problems().forEach(p -> problems.add(new RowProblem(row, p.field(), p.code())));
            if (decoded.valid()) {
                policies.add(decoded.policy());
            }
        }
        return ImportResult.of(policies, problems);
    }
}
