package org.ramp.gates;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.history.RunSummary;
import org.ramp.report.Formats;
import org.ramp.report.TextTable;
import org.ramp.results.RunResults;
import org.ramp.util.Text;

/**
 * Gates evaluated on the runs of a build (several models at once), each run against the reference run of
 * the same name: a result per gate and run, in the order of the gates, then the runs; and the outcome,
 * the worst criticality among the gates that failed.
 */
public record GateEvaluation(GateOutcome outcome, List<GateResult> results) {

    public GateEvaluation {
        results = List.copyOf(results);
    }

    /**
     * Every gate on every run.
     *
     * @param references the runs of the reference build; empty when there is none
     * @throws IllegalArgumentException when two runs, or two reference runs, have the same name
     */
    public static GateEvaluation of(List<QualityGate> gates, List<RunSummary> runs, List<RunSummary> references) {
        byName(runs, "runs");
        Map<String, RunSummary> referenceByName = byName(references, "reference runs");
        List<GateResult> results = new ArrayList<>();
        GateOutcome outcome = GateOutcome.NONE;
        for (QualityGate gate : gates) {
            for (RunSummary run : runs) {
                RunSummary reference = referenceByName.get(run.name());
                String noReference = references.isEmpty() ? "there is no reference run"
                        : "the reference has no run named " + run.name();
                GateResult result = gate.evaluate(run, reference, noReference);
                results.add(result);
                if (!result.passed()) {
                    outcome = outcome.worse(gate.criticality().outcome());
                }
            }
        }
        return new GateEvaluation(outcome, results);
    }

    private static Map<String, RunSummary> byName(List<RunSummary> runs, String what) {
        Map<String, RunSummary> byName = new LinkedHashMap<>();
        for (RunSummary run : runs) {
            RunSummary other = byName.putIfAbsent(run.name(), run);
            if (other != null) {
                throw new IllegalArgumentException("two " + what + " are named " + run.name() + " (" + other.runId()
                        + " and " + run.runId() + "); each run of a build needs its own name");
            }
        }
        return byName;
    }

    /** The results of the gates that failed. */
    public List<GateResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** A table of the results, then the outcome in one line. */
    public String toText() {
        TextTable table = new TextTable("run", "gate", "criticality", "value>", "reference>", "delta>", "result",
                "message");
        for (GateResult result : results) {
            String unit = result.gate().metric().unit().id();
            // names come from settings anyone may have written: no escape sequence or line break reaches the terminal
            table.row(Text.printable(result.run()), result.gate().describe(), result.gate().criticality().id(),
                    Formats.byUnit(result.value(), unit), Formats.byUnit(result.reference(), unit),
                    Formats.signedByUnit(result.delta(), unit), result.status().id(), Text.printable(result.message()));
        }
        return table.render() + "\n" + summary() + "\n";
    }

    /** "outcome: unstable (2 of 6 gate results failed: ...)". */
    public String summary() {
        List<GateResult> failed = failures();
        if (failed.isEmpty()) {
            return "outcome: none (" + results.size() + " of " + results.size() + " gate results passed or were "
                    + "not checked)";
        }
        List<String> which = failed.stream()
                .map(result -> Text.printable(result.run()) + ": " + result.gate().describe() + " ("
                        + result.gate().criticality().id() + ")")
                .toList();
        return "outcome: " + outcome.id() + " (" + failed.size() + " of " + results.size() + " gate results failed: "
                + String.join("; ", which) + ")";
    }

    public String toJson() {
        try {
            return RunResults.json().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the gate results", e);
        }
    }
}
