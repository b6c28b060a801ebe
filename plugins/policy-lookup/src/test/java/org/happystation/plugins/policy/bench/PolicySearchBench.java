package org.happystation.plugins.policy.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.happystation.plugins.policy.search.PolicyIndex;

/**
 * Indexes 10,000 generated entries with the plugin's index code and times 1,000 queries (pinyin initials,
 * single words, long spoken questions), then the same queries as a linear {@code String.contains} scan.
 * Prints {@code docs=… queries=… p50_ms=… p99_ms=… baseline_scan_p50_ms=… baseline_scan_p99_ms=…}.
 */
public final class PolicySearchBench {

    private static final int DOCS = 10_000;
    private static final int QUERIES = 1_000;
    private static final String[] SUBJECTS = {
        "社会保障卡", "社保卡", "养老保险", "医疗保险", "失业保险金", "工伤保险", "就业见习", "公益性岗位", "创业担保贷款", "职业技能培训",
        "高龄津贴", "老年助餐", "居家养老", "长期护理保险", "住房公积金", "公共租赁住房", "最低生活保障", "特困人员", "临时救助", "残疾人补贴",
        "人才住房补贴", "档案托管", "门诊慢特病", "异地就医"
    };
    private static final String[] ACTIONS = {"申领", "补领", "办理", "认定", "申请", "查询", "转移", "提取", "报销", "登记", "变更", "注销"};
    private static final String[] PEOPLE = {"高校毕业生", "退休人员", "灵活就业人员", "低保家庭", "残疾人", "老年人", "新生儿", "退役军人", "农民工"};
    private static final String[] WORDS = {
        "带好身份证", "到窗口", "现场拍照", "审核通过后", "按月发放", "社区核实", "公示", "银行卡", "网上办理", "手机认证", "材料齐全", "当场办结"
    };
    private static final String[] INITIALS = {
        "sbk", "ylbx", "shbzk", "gljt", "zfgjj", "db", "jyjx", "cydk", "sy", "gy", "lzcb"
    };
    private static final String[] QUESTIONS = {
        "我想办社保卡", "请问老人怎么领取高龄津贴呢", "失业了可以领失业保险金吗需要带什么材料", "住房公积金提取", "我家是低保户想申请临时救助",
        "大学生毕业了想参加就业见习去哪里报名", "医疗保险", "创业", "养老", "异地就医备案怎么办理"
    };

    private PolicySearchBench() {}

    public static void main(String[] args) {
        var random = new Random(20250601L);
        List<Policy> policies = generate(random);
        long start = System.nanoTime();
        PolicyIndex index = PolicyIndex.of(policies);
        System.out.printf(Locale.ROOT, "indexed docs=%d in %.0f ms%n", index.size(), (System.nanoTime() - start) / 1e6);
        List<String> queries = queries(random);
        for (int i = 0; i < 2_000; i++) {
            index.search(queries.get(i % queries.size()), 20);
        }
        double[] lucene = time(queries, q -> index.search(q, 20).size());
        double[] scan = time(queries, q -> scan(policies, q));
        String baseline = String.format(
                Locale.ROOT, "baseline_scan_p50_ms=%.2f baseline_scan_p99_ms=%.2f", pct(scan, 50), pct(scan, 99));
        System.out.println(baseline);
        System.out.printf(
                Locale.ROOT,
                "docs=%d queries=%d p50_ms=%.2f p99_ms=%.2f %s%n",
                index.size(),
                queries.size(),
                pct(lucene, 50),
                pct(lucene, 99),
                baseline);
    }

    private static List<Policy> generate(Random random) {
        var policies = new ArrayList<Policy>(DOCS);
        Category[] categories = Category.values();
        for (int i = 0; i < DOCS; i++) {
            String subject = pick(random, SUBJECTS);
            String title = pick(random, PEOPLE) + subject + pick(random, ACTIONS);
            String summary = pick(random, PEOPLE) + "可以" + pick(random, ACTIONS) + pick(random, SUBJECTS) + "，"
                    + pick(random, WORDS) + "，" + pick(random, WORDS) + "。";
            var steps = List.of(pick(random, WORDS) + pick(random, ACTIONS), pick(random, WORDS), pick(random, WORDS));
            policies.add(new Policy(
                    "g" + i,
                    1,
                    title,
                    categories[random.nextInt(categories.length)],
                    summary,
                    pick(random, PEOPLE) + "。",
                    steps,
                    List.of("身份证", pick(random, WORDS)),
                    "本站窗口",
                    "工作日",
                    "免费",
                    "当场办结",
                    "12333",
                    null,
                    null,
                    "生成的测试数据",
                    PolicyState.PUBLISHED,
                    false,
                    null));
        }
        return policies;
    }

    private static List<String> queries(Random random) {
        var queries = new ArrayList<String>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            queries.add(
                    switch (i % 4) {
                        case 0 -> pick(random, INITIALS);
                        case 1 -> pick(random, SUBJECTS);
                        case 2 -> pick(random, QUESTIONS);
                        default -> pick(random, PEOPLE) + pick(random, SUBJECTS) + pick(random, ACTIONS);
                    });
        }
        return queries;
    }

    /** The naive baseline: entries whose title or summary contains the query. */
    private static int scan(List<Policy> policies, String query) {
        int found = 0;
        for (Policy p : policies) {
            if (p.title().contains(query) || p.summary().contains(query)) {
                found++;
            }
        }
        return found;
    }

    private static double[] time(List<String> queries, java.util.function.ToIntFunction<String> run) {
        double[] millis = new double[queries.size()];
        long sink = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            sink += run.applyAsInt(queries.get(i));
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double pct(double[] sorted, int percentile) {
        int at = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
