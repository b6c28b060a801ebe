package org.happystation.plugins.policy;

import java.util.ArrayList;
import java.util.List;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.happystation.plugins.policy.search.PolicyIndex;
import org.happystation.plugins.policy.store.SampleSet;

/** Entries for tests: the shipped sample set with ids, and hand-made entries. */
public final class Samples {

    private Samples() {}

    public static List<Policy> withIds() {
        var policies = new ArrayList<Policy>();
        var samples = SampleSet.load();
        for (int i = 0; i < samples.size(); i++) {
            policies.add(samples.get(i).stored("s" + i, 1));
        }
        return policies;
    }

    public static PolicyIndex index() {
        return PolicyIndex.of(withIds());
    }

    public static Policy entry(String id, String title, String summary, PolicyState state) {
        return new Policy(
                id,
                1,
                title,
                Category.EMPLOYMENT,
                summary,
                "本地居民。",
                List.of("到窗口申请"),
                List.of("身份证"),
                "本站窗口",
                "工作日",
                "免费",
                "当场办结",
                "12333",
                null,
                null,
                "示例数据，以当地人社部门公布为准",
                state,
                false,
                null);
    }
}
