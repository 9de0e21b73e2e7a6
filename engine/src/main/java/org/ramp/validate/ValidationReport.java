package org.ramp.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramp.grading.CaseScore;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Text;

/** What {@code ramp validate} found: a row per graded output, and a summary per stage. */
public record ValidationReport(ToolchainInfo toolchain, List<Row> rows, Map<String, Double> stageSeconds,
        double seconds) {

    public ValidationReport {
        rows = List.copyOf(rows);
        stageSeconds = Map.copyOf(stageSeconds);
    }

    /**
     * One graded output.
     *
     * @param golden whether it is the golden output (which must score 100) or a mutant (which must not)
     */
    public record Row(String stage, String caseName, String variant, boolean golden, CaseScore score) {
        public boolean asExpected() {
            return golden == score.isFull();
        }
    }

    public boolean passed() {
        return rows.stream().allMatch(Row::asExpected);
    }

    public List<Row> failures() {
        return rows.stream().filter(row -> !row.asExpected()).toList();
    }

    /** The table a person reads: per stage, cases, golden outputs at 100, mutants rejected, seconds of work. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-6s %6s %12s %18s %10s%n", "stage", "cases", "golden = 100",
                "mutants rejected", "work (s)"));
        Map<String, List<Row>> byStage = new LinkedHashMap<>();
        rows.forEach(row -> byStage.computeIfAbsent(row.stage(), s -> new ArrayList<>()).add(row));
        byStage.forEach((stage, stageRows) -> {
            long cases = stageRows.stream().filter(Row::golden).map(Row::caseName).distinct().count();
            long golden = stageRows.stream().filter(Row::golden).count();
            long goldenOk = stageRows.stream().filter(row -> row.golden() && row.asExpected()).count();
            long mutants = stageRows.stream().filter(row -> !row.golden()).count();
            long rejected = stageRows.stream().filter(row -> !row.golden() && row.asExpected()).count();
            out.append(String.format(Locale.ROOT, "%-6s %6d %12s %18s %10.1f%n", stage, cases,
                    goldenOk + "/" + golden, rejected + "/" + mutants, stageSeconds.getOrDefault(stage, 0.0)));
        });
        out.append("mean score of each kind of mutant (what a grader gives such an output):\n");
        byStage.forEach((stage, stageRows) -> {
            Map<String, List<Double>> byVariant = new LinkedHashMap<>();
            stageRows.stream().filter(row -> !row.golden()).forEach(row ->
                    byVariant.computeIfAbsent(row.variant(), v -> new ArrayList<>()).add(row.score().score()));
            StringBuilder line = new StringBuilder("  " + stage + ":");
            byVariant.forEach((variant, scores) -> line.append(String.format(Locale.ROOT, " %s %.2f", variant,
                    scores.stream().mapToDouble(Double::doubleValue).average().orElse(0))));
            out.append(line).append('\n');
        });
        out.append(String.format(Locale.ROOT, "toolchain %s (%s), %s; wall time %.1f s%n", toolchain.tag(),
                org.ramp.sandbox.DockerEngine.shortId(toolchain.imageId()), toolchain.clangVersion(), seconds));
        List<Row> failures = failures();
        if (failures.isEmpty()) {
            out.append("validation passed: every golden output scores 100 and every mutant less\n");
        } else {
            out.append("validation FAILED for ").append(failures.size()).append(" outputs:\n");
            for (Row row : failures) {
                out.append(String.format(Locale.ROOT, "  %s %s %s: %s scored %.2f: %s%n", row.stage(), row.caseName(),
                        row.variant(), row.golden() ? "golden output" : "mutant", row.score().score(),
                        Text.clip(row.score().reason().replace('\n', ' '), 300)));
            }
        }
        return out.toString();
    }

    /** Collects rows as they are scored. */
    public static final class Builder {
        private final ToolchainInfo toolchain;
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Double> stageSeconds = new LinkedHashMap<>();

        public Builder(ToolchainInfo toolchain) {
            this.toolchain = toolchain;
        }

        public Builder add(String stage, String caseName, String variant, boolean golden, CaseScore score) {
            rows.add(new Row(stage, caseName, variant, golden, score));
            return this;
        }

        public Builder stageSeconds(String stage, double seconds) {
            stageSeconds.put(stage, seconds);
            return this;
        }

        public ValidationReport build(double seconds) {
            return new ValidationReport(toolchain, rows, stageSeconds, seconds);
        }
    }
}
