package org.ramp.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramp.grading.CaseScore;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Text;

/**
 * What {@code ramp validate} found: a row per graded output; per stage, whether its do-nothing output fails
 * it; and, for T4, the mean score of each variant under the formulas the workload does not use.
 */
public record ValidationReport(ToolchainInfo toolchain, List<Row> rows, List<DoNothing> doNothing,
        List<Comparison> comparisons, Map<String, Double> stageSeconds, double seconds) {

    public ValidationReport {
        rows = List.copyOf(rows);
        doNothing = List.copyOf(doNothing);
        comparisons = List.copyOf(comparisons);
        stageSeconds = Map.copyOf(stageSeconds);
    }

    /** What a graded output is there for. */
    public enum Role {
        /** the golden output, which must score 100 */
        GOLDEN,
        /** a wrong or worse output, which must score less */
        MUTANT,
        /** an output scored to be reported only (LLVM's own pipelines on T4) */
        PROBE
    }

    /** One graded output. */
    public record Row(String stage, String caseName, String variant, Role role, CaseScore score) {
        public boolean golden() {
            return role == Role.GOLDEN;
        }

        public boolean asExpected() {
            return switch (role) {
                case GOLDEN -> score.isFull();
                case MUTANT -> !score.isFull();
                case PROBE -> true;
            };
        }
    }

    /** A stage's do-nothing output: its mean score over the programs must be below the pass threshold. */
    public record DoNothing(String stage, String variant, double meanScore, double threshold) {
        public boolean failsTheStage() {
            return meanScore < threshold;
        }
    }

    /** The mean score of a variant of a stage under a formula the workload does not use. */
    public record Comparison(String stage, String formula, String variant, double meanScore) {
    }

    public boolean passed() {
        return rows.stream().allMatch(Row::asExpected) && doNothing.stream().allMatch(DoNothing::failsTheStage);
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
            long mutants = stageRows.stream().filter(row -> row.role() == Role.MUTANT).count();
            long rejected = stageRows.stream().filter(row -> row.role() == Role.MUTANT && row.asExpected()).count();
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
        if (!comparisons.isEmpty()) {
            out.append("the same outputs under the formulas the workload does not use (comparison only):\n");
            Map<String, StringBuilder> lines = new LinkedHashMap<>();
            comparisons.forEach(c -> lines.computeIfAbsent(c.stage() + " with " + c.formula(),
                    key -> new StringBuilder("  " + key + ":")).append(String.format(Locale.ROOT, " %s %.2f",
                    c.variant(), c.meanScore())));
            lines.values().forEach(line -> out.append(line).append('\n'));
        }
        if (!doNothing.isEmpty()) {
            out.append("the do-nothing output of each stage must fail it (mean score below the pass threshold):\n");
            for (DoNothing d : doNothing) {
                out.append(String.format(Locale.ROOT, "  %-4s %-14s %6.2f %-2s %6.2f  %s%n", d.stage(), d.variant(),
                        d.meanScore(), d.failsTheStage() ? "<" : ">=", d.threshold(),
                        d.failsTheStage() ? "fails the stage" : "PASSES the stage"));
            }
        }
        out.append(String.format(Locale.ROOT, "toolchain %s (%s), %s; wall time %.1f s%n", toolchain.tag(),
                org.ramp.sandbox.DockerEngine.shortId(toolchain.imageId()), toolchain.clangVersion(), seconds));
        List<Row> failures = failures();
        List<DoNothing> passing = doNothing.stream().filter(d -> !d.failsTheStage()).toList();
        if (failures.isEmpty() && passing.isEmpty()) {
            out.append("validation passed: every golden output scores 100, every mutant less, and no stage passes"
                    + " on its do-nothing output\n");
        } else {
            out.append("validation FAILED for ").append(failures.size() + passing.size()).append(" outputs:\n");
            for (DoNothing d : passing) {
                out.append(String.format(Locale.ROOT, "  %s: the do-nothing output (%s) passes the stage with %.2f%n",
                        d.stage(), d.variant(), d.meanScore()));
            }
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
        private final List<DoNothing> doNothing = new ArrayList<>();
        private final Map<List<String>, List<Double>> compared = new LinkedHashMap<>();
        private final Map<String, Double> stageSeconds = new LinkedHashMap<>();

        public Builder(ToolchainInfo toolchain) {
            this.toolchain = toolchain;
        }

        public Builder add(String stage, String caseName, String variant, Role role, CaseScore score) {
            rows.add(new Row(stage, caseName, variant, role, score));
            return this;
        }

        /** Declares which variant of the stage does nothing; its mean over the rows added is compared. */
        public Builder doNothing(String stage, String variant, double threshold) {
            double mean = rows.stream().filter(row -> row.stage().equals(stage) && row.variant().equals(variant))
                    .mapToDouble(row -> row.score().score()).average().orElse(Double.NaN);
            if (!Double.isNaN(mean)) {
                doNothing.add(new DoNothing(stage, variant, mean, threshold));
            }
            return this;
        }

        public Builder compare(String stage, String formula, String variant, CaseScore score) {
            compared.computeIfAbsent(List.of(stage, formula, variant), key -> new ArrayList<>()).add(score.score());
            return this;
        }

        public Builder stageSeconds(String stage, double seconds) {
            stageSeconds.put(stage, seconds);
            return this;
        }

        public ValidationReport build(double seconds) {
            List<Comparison> comparisons = new ArrayList<>();
            compared.forEach((key, scores) -> comparisons.add(new Comparison(key.get(0), key.get(1), key.get(2),
                    scores.stream().mapToDouble(Double::doubleValue).average().orElse(0))));
            return new ValidationReport(toolchain, rows, doNothing, comparisons, stageSeconds, seconds);
        }
    }
}
