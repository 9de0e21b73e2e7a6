package org.ramp.cli;

import java.util.Locale;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;

/** The final table a person reads. */
final class SummaryTable {
    private SummaryTable() {
    }

    static String render(RunResult run) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-4s %-18s %-12s %7s %-13s %-24s %7s %12s %9s%n", "stage", "name",
                "status", "score", "inputs", "failure", "calls", "tokens", "cost $"));
        for (StageResult stage : run.stages()) {
            out.append(String.format(Locale.ROOT, "%-4s %-18s %-12s %7.2f %-13s %-24s %7d %12d %9.4f%n",
                    stage.id(), stage.name(), stage.status().id() + (stage.resurrected() ? "*" : ""), stage.score(),
                    stage.inputs().id(), stage.failure() == null ? "" : stage.failure().failureClass().id(),
                    stage.usage().calls(), stage.usage().tokensCorrected(), stage.usage().costUsd()));
        }
        out.append("* resurrected: the stage's reference outputs were given to the next stage\n");
        if (run.metrics() != null) {
            out.append(String.format(Locale.ROOT, "pipeline %.2f  mean reward %.2f  pass %.2f  stage %d  AEI %.2f"
                    + "  strict end-to-end %.2f%n", run.metrics().pipelineScore(), run.metrics().meanReward(),
                    run.metrics().passScore(), run.metrics().stage(), run.metrics().aei(), run.metrics().strictScore()));
        }
        out.append(String.format(Locale.ROOT, "time %.0f s  cost $%.4f  tokens %d (RAMP's sum %d)  calls %d  "
                + "failures: %d model, %d infrastructure, %d configuration%n", run.totals().seconds(), run.totals().usage().costUsd(),
                run.totals().usage().tokensCorrected(), run.totals().usage().tokensRamp(),
                run.totals().usage().calls(), run.totals().modelFailures(), run.totals().infrastructureFailures(),
                run.totals().configurationFailures()));
        return out.toString();
    }
}
