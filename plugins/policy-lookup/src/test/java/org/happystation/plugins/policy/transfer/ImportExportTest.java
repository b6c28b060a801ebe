package org.happystation.plugins.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.happystation.plugins.policy.InMemoryRecordStore;
import org.happystation.plugins.policy.Samples;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.happystation.plugins.policy.store.PolicyRepository;
import org.junit.jupiter.api.Test;

class ImportExportTest {

    private final PolicyRepository repository = new PolicyRepository(new InMemoryRecordStore(), Clock.systemUTC());

    private static final String GOOD = """
            {"title":"%s","category":"employment","summary":"简介","qualification":"本地居民",
             "steps":["第一步","第二步"],"materials":["身份证"],"place":"本站窗口","contact":"12333",
             "source":"示例数据，以当地人社部门公布为准","state":"PUBLISHED"}""";

    @Test
    void a_file_with_two_bad_rows_lists_both_and_imports_nothing() {
        String file = "{\"format\":\"policy-lookup\",\"policies\":[" + GOOD.formatted("一")
                + ",{\"title\":\"二\",\"category\":\"weather\",\"summary\":\"简介\"}," + GOOD.formatted("三") + ","
                + GOOD.formatted("四").replace("\"state\":\"PUBLISHED\"", "\"expiresOn\":\"2025-13-01\"") + "]}";

        var result = PolicyJsonFile.read(file);

        assertThat(result.ok()).isFalse();
        assertThat(result.policies()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::row).containsOnly(2, 4);
        assertThat(result.problems())
                .contains(
                        new RowProblem(2, "category", "unknown-category"),
                        new RowProblem(2, "steps", "missing"),
                        new RowProblem(4, "expiresOn", "bad-date"));
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void a_good_file_imports_every_entry() {
        String file = "[" + GOOD.formatted("一") + "," + GOOD.formatted("二") + "]";

        var result = PolicyJsonFile.read(file);
        int imported = PolicyImport.apply(result, repository);

        assertThat(imported).isEqualTo(2);
        assertThat(repository.all()).extracting(Policy::title).containsExactly("一", "二");
        assertThat(repository.all()).allSatisfy(p -> assertThat(p.steps()).containsExactly("第一步", "第二步"));
    }

    @Test
    void a_csv_with_bad_rows_names_their_spreadsheet_row_numbers() {
        String csv = "title,category,summary,qualification,steps,place,contact,source\r\n"
                + "好的,employment,简介,居民,一|二,窗口,12333,示例\r\n"
                + ",employment,简介,居民,一,窗口,12333,示例\r\n"
                + "坏的,nope,简介,居民,一,窗口,12333,示例\r\n";

        var result = PolicyCsv.read(csv);

        assertThat(result.problems())
                .containsExactly(
                        new RowProblem(3, "title", "missing"), new RowProblem(4, "category", "unknown-category"));
    }

    @Test
    void exporting_and_importing_csv_gives_equal_entries() {
        var tricky = new Policy(
                null,
                0,
                "标题, 带逗号和\"引号\"",
                Category.HOUSING,
                "第一行\n第二行，还有\r\n换行",
                "=SUM(A1) 看起来像公式",
                List.of("一步, 逗号", "二步 \"引号\"", "三步\n换行"),
                List.of("-负号开头", "@at", "+加号"),
                "地点",
                "时间",
                "'单引号开头",
                "",
                "12333",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                "示例",
                PolicyState.RETIRED,
                true,
                null);
        var entries = List.of(tricky, Samples.withIds().get(0).content());

        String csv = PolicyCsv.write(entries);
        var result = PolicyCsv.read(csv);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv).contains(",'=SUM(A1) 看起来像公式,").contains(",'-负号开头|@at|+加号,");
        assertThat(result.problems()).isEmpty();
        assertThat(result.policies()).containsExactlyElementsOf(entries);
    }

    @Test
    void exporting_and_importing_json_gives_equal_entries() {
        var entries = Samples.withIds().stream().map(Policy::content).toList();

        var result = PolicyJsonFile.read(PolicyJsonFile.write(entries));

        assertThat(result.policies()).containsExactlyElementsOf(entries);
    }

    @Test
    void an_entry_with_a_known_id_replaces_that_entry() {
        var stored = repository.create(Samples.entry(null, "旧标题", "简介", PolicyState.DRAFT));
        var changed =
                Samples.entry(stored.id(), "新标题", "简介", PolicyState.PUBLISHED).content();
        var file = PolicyJsonFile.write(List.of(changed.stored(stored.id(), 0)));

        PolicyImport.apply(PolicyJsonFile.read(file), repository);

        assertThat(repository.all()).extracting(Policy::title).containsExactly("新标题");
    }

    @Test
    void a_file_that_is_not_json_is_refused_as_a_whole() {
        assertThat(PolicyJsonFile.read("{not json").problems()).containsExactly(new RowProblem(0, "", "bad-json"));
    }
}
