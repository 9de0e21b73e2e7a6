package org.ramp.results;

import java.time.Instant;
import java.util.List;

/**
 * One stage of a run: written atomically as soon as it is known, and never changed afterwards.
 *
 * @param inputs       what the stage's program was given to read
 * @param resurrected  whether this stage's golden artifacts were put in place for the next stage
 * @param failure      why it failed, when it did
 */
public record StageResult(String id, String name, StageStatus status, double score, double passThreshold,
        InputSource inputs, boolean resurrected, Failure failure, AgentPhase agent, GradePhase grade, Usage usage,
        List<CaseResult> cases, Instant startedAt, Instant finishedAt) {

    public StageResult {
        cases = List.copyOf(cases);
    }

    public boolean passed() {
        return status == StageStatus.PASSED;
    }
}
