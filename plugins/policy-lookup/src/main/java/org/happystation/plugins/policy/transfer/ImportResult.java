package org.happystation.plugins.policy.transfer;

import java.util.List;
import org.happystation.plugins.policy.model.Policy;

/** A file read and checked: its entries if every row is good, else every problem and no entries. */
public record ImportResult(List<Policy> policies, List<RowProblem> problems) {

    public ImportResult {
        policies = List.copyOf(policies);
        problems = List.copyOf(problems);
    }

    static ImportResult of(List<Policy> policies, List<RowProblem> problems) {
        return problems.isEmpty() ? new ImportResult(policies, List.of()) : new ImportResult(List.of(), problems);
    }

    static ImportResult fileProblem(String code) {
        return new ImportResult(List.of(), List.of(new RowProblem(0, "", code)));
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
