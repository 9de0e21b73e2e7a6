package org.ramp.run;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;
import org.ramp.workload.Stage;

/** Stage results the session makes without running a stage, and the line that sums one up. */
final class StageResults {
    private StageResults() {
    }

    /** A stage after a failure in strict mode: score 0. */
    static StageResult notReached(Stage stage) {
        return notReached(stage, Usage.NONE);
    }

    /**
     * A stage a run never finished (a Pipeline that never ran it, or stopped in it): score 0, with the calls
     * an interrupted attempt of it made, so that no call the endpoint served is left out of the totals.
     */
    static StageResult notReached(Stage stage, Usage usage) {
        Instant now = Instant.now();
        return new StageResult(stage.id(), stage.name(), StageStatus.NOT_REACHED, 0, stage.passThreshold(),
                InputSource.NONE, false, null, new AgentPhase("none", 0, 0, 0, 0, "not-reached"),
                new GradePhase(0, "none", ""), usage, List.<CaseResult>of(), now, now);
    }

    static StageResult resurrected(StageResult result) {
        return new StageResult(result.id(), result.name(), result.status(), result.score(), result.passThreshold(),
                result.inputs(), true, result.failure(), result.agent(), result.grade(), result.usage(),
                result.cases(), result.startedAt(), result.finishedAt());
    }

    static String summary(StageResult result) {
        return String.format(Locale.ROOT, "%s %s: %s, score %.2f%s%s", result.id(), result.name(),
                result.status().id(), result.score(),
                result.failure() == null ? "" : ", " + result.failure().failureClass().id(),
                result.resurrected() ? ", resurrected" : "");
    }
}
