package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ramp.agents.AgentOutcome;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.Usage;

class FailureClassifierTest {

    private static Failure classify(String stop, int toolCalls, int toolErrors, Usage usage, Optional<String> budget,
            String build, List<String> infrastructure) {
        return FailureClassifier.classify(new FailureClassifier.Evidence(12.5, 60,
                new AgentOutcome(stop, 7, toolCalls, toolErrors, 30), usage, budget, build, "ninja: error: x\n",
                infrastructure));
    }

    private static Failure classify(String stop) {
        return classify(stop, 10, 0, Usage.NONE, Optional.empty(), "ok", List.of());
    }

    @Test
    void aHarnessFailureIsInfrastructureWhateverElseHappened() {
        Failure failure = classify("budget-dollars", 10, 9, Usage.NONE, Optional.of("dollars"), "failed",
                List.of("the grade container ended with status 137"));
        assertThat(failure.failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(failure.evidence()).contains("the grade container ended with status 137");
        assertThat(classify("crashed").failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(classify("endpoint-failure").failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
    }

    @Test
    void aBrokenStageRuleIsARuleViolationWithItsEvidenceWhateverElseHappened() {
        String violation = "build/sysyc lex (case func_a) ran clang -cc1 -dump-tokens x.i, which the stage's"
                + " rules forbid; it was refused";
        Failure failure = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("finished", 7, 10, 0, 30), Usage.NONE, Optional.of("dollars"), "ok", "",
                List.of("the grade container ended with status 137"), List.of(violation)));
        assertThat(failure.failureClass()).isEqualTo(FailureClass.RULE_VIOLATION);
        assertThat(failure.failureClass().isModelFailure()).isTrue();
        assertThat(failure.failureClass().id()).isEqualTo("rule-violation");
        assertThat(failure.evidence()).contains("the stage scores 0: its rules were broken", violation);
    }

    @Test
    void aContextLengthStopIsAContextFailure() {
        Usage usage = new Usage(3, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0);
        Failure failure = classify("context-length", 4, 0, usage, Optional.empty(), "ok", List.of());
        assertThat(failure.failureClass()).isEqualTo(FailureClass.CONTEXT);
        assertThat(failure.evidence()).contains("2 context-length errors from the endpoint");
    }

    @Test
    void tokenAndDollarBudgetsAreCostOverrunsButCallsAndTimeAreReasoning() {
        assertThat(classify("budget-dollars").failureClass()).isEqualTo(FailureClass.COST_OVERRUN);
        assertThat(classify("budget-tokens").failureClass()).isEqualTo(FailureClass.COST_OVERRUN);
        assertThat(classify("budget-calls").failureClass()).isEqualTo(FailureClass.REASONING);
        assertThat(classify("budget-time").failureClass()).isEqualTo(FailureClass.REASONING);
        assertThat(classify("max-turns").failureClass()).isEqualTo(FailureClass.REASONING);
        assertThat(classify("timeout").failureClass()).isEqualTo(FailureClass.REASONING);
        // the gateway's record decides even when the agent stopped for another reason
        assertThat(classify("finished", 3, 0, Usage.NONE, Optional.of("tokens"), "ok", List.of()).failureClass())
                .isEqualTo(FailureClass.COST_OVERRUN);
    }

    @Test
    void aBrokenBuildOrMostlyFailingToolsAreTooling() {
        Failure build = classify("finished", 10, 0, Usage.NONE, Optional.empty(), "failed", List.of());
        assertThat(build.failureClass()).isEqualTo(FailureClass.TOOLING);
        assertThat(build.evidence()).anyMatch(e -> e.contains("the project's build failed: ninja: error: x"));
        assertThat(classify("finished", 10, 6, Usage.NONE, Optional.empty(), "ok", List.of()).failureClass())
                .isEqualTo(FailureClass.TOOLING);
        assertThat(classify("finished", 4, 4, Usage.NONE, Optional.empty(), "ok", List.of()).failureClass())
                .as("too few calls to judge").isEqualTo(FailureClass.PLANNING);
    }

    @Test
    void stoppingWhileBudgetRemainsIsPlanning() {
        for (String stop : List.of("finished", "no-tool-calls", "skipped", "exited 0", "exited 1")) {
            Failure failure = classify(stop);
            assertThat(failure.failureClass()).as(stop).isEqualTo(FailureClass.PLANNING);
            assertThat(failure.evidence()).contains("the agent stopped while budget remained")
                    .anyMatch(e -> e.startsWith("score 12.50, below the pass threshold 60"));
        }
    }
}
