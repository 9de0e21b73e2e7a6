package org.ramp.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ramp.results.FailureClass;
import org.ramp.results.InputSource;
import org.ramp.results.RunResult;
import org.ramp.results.RunStatus;
import org.ramp.results.StageStatus;

/** Run summaries for tests: from the realistic runs of RunResultFixtures, or with chosen figures. */
public final class SummaryFixtures {
    private static final String[] STAGES = {"T0", "T1", "T2", "T3", "T4", "T5"};

    private SummaryFixtures() {
    }

    public static RunSummary of(RunResult run, String name) {
        try {
            return RunSummary.of(run, name);
        } catch (RunSummaryException e) {
            throw new AssertionError(e);
        }
    }

    /** A completed run whose AEI, mean reward, pipeline score and cost are these; T3 scores {@code t3}. */
    public static RunSummary completed(String name, String model, double aei, double meanReward, double pipeline,
            double cost, double t3) {
        return new RunSummary(RunSummary.SCHEMA, name, "id-" + name + "-" + model, model, "builtin", "chain",
                RunStatus.COMPLETED, Instant.parse("2026-11-22T10:15:00Z"), stages(6, t3),
                new RunSummary.Metrics(pipeline, meanReward, pipeline * 0.8, 2, pipeline / 2, aei,
                        new RunSummary.AeiComponents(40, meanReward, 90, 100 - cost / 2, 95)),
                new RunSummary.Totals(1633, cost, 11_800_000, 21_000_000, 480, 4, 2, 0));
    }

    public static RunSummary completed(String name, double aei, double meanReward, double pipeline, double cost) {
        return completed(name, name + "-model", aei, meanReward, pipeline, cost, 41);
    }

    /** A run still going with {@code known} stages, partial totals and no metrics. */
    public static RunSummary running(String name, String model, int known) {
        return new RunSummary(RunSummary.SCHEMA, name, "id-" + name + "-running", model, "builtin", "chain",
                RunStatus.RUNNING, null, stages(known, 41), null,
                new RunSummary.Totals(400, 0.3, 1_000_000, 2_000_000, 90, 2, 0, 0));
    }

    private static List<RunSummary.Stage> stages(int count, double t3) {
        double[] scores = {100, 100, 87.4, t3, 63.2, 22};
        List<RunSummary.Stage> stages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean passed = scores[i] >= 60;
            stages.add(new RunSummary.Stage(STAGES[i], null, scores[i], passed ? StageStatus.PASSED : StageStatus.FAILED,
                    i == 0 ? InputSource.NONE : InputSource.AGENT, !passed, passed ? null : FailureClass.REASONING));
        }
        return stages;
    }
}
