package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ramp.agents.AgentOutcome;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.ProgramOutput;
import org.ramp.results.Usage;

class FailureClassifierTest {

    private static Failure classify(String stop, int toolCalls, int toolErrors, Usage usage, Optional<String> budget,
            String build, List<String> infrastructure) {
        return FailureClassifier.classify(new FailureClassifier.Evidence(12.5, 60,
                new AgentOutcome(stop, 7, toolCalls, toolErrors, 30), usage, budget, build, "ninja: error: x\n",
                List.of(), infrastructure, 0));
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
    void aCrashTheAgentsOwnDoingExplainsIsToolingAndOneWithHarnessEvidenceIsNot() {
        List<String> tooling = List.of("the workspace cannot be given to the agent: over its bound");
        Failure own = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("crashed", 1, 1, 0, 3), Usage.NONE, Optional.empty(), "none", "", tooling, List.of(), 0));
        assertThat(own.failureClass()).isEqualTo(FailureClass.TOOLING);
        assertThat(own.evidence()).containsAll(tooling);
        Failure stopped = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("crashed", 1, 1, 0, 3), Usage.NONE, Optional.empty(), "none", "", tooling,
                List.of("the agent's container stopped before the end of the agent phase"), 0));
        assertThat(stopped.failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
    }

    @Test
    void aBrokenStageRuleIsARuleViolationWithItsEvidenceWhateverElseHappened() {
        String violation = "build/sysyc lex (case func_a) ran clang -cc1 -dump-tokens x.i, which the stage's"
                + " rules forbid; it was refused";
        Failure failure = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("finished", 7, 10, 0, 30), Usage.NONE, Optional.of("dollars"), "ok", "",
                List.of(), List.of("the grade container ended with status 137"), 0, List.of(violation)));
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
    void timeTheEndpointHeldIsTheEndpointsFailureNotTheModels() {
        // a call hung until the stage's time ended: 1 cut call, 58.2 s held by the endpoint
        Usage hung = new Usage(4, 100, 0, 0, 10, 0, 0.01, 110, 110, 0, 1, 1, 58.2);
        Failure stage = classify("budget-time", 3, 0, hung, Optional.of("time"), "ok", List.of());
        assertThat(stage.failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(stage.evidence()).contains("the time ran out after the endpoint held 58.2 s of this stage's time"
                + " in 1 failed or hung calls (1 cut at their deadline)");
        assertThat(classify("timeout", 0, 0, hung, Optional.empty(), "ok", List.of()).failureClass())
                .isEqualTo(FailureClass.INFRASTRUCTURE);

        // a later stage that ran out of the run's time, which the endpoint had held in an earlier stage
        Failure later = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("budget-time", 2, 2, 0, 40), Usage.NONE, Optional.empty(), "ok", "", List.of(),
                List.of(), 600));
        assertThat(later.failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(later.evidence()).contains("the time ran out after the endpoint held 600.0 s of the run's time"
                + " in earlier stages");

        // time lost to the endpoint does not excuse a stage that stopped for another reason
        assertThat(classify("finished", 3, 0, hung, Optional.empty(), "ok", List.of()).failureClass())
                .isEqualTo(FailureClass.PLANNING);
        // a call merely open when the time ended (cut, not the endpoint's failure) leaves it the model's
        Usage openAtTheEnd = new Usage(4, 100, 0, 0, 10, 0, 0.01, 110, 110, 0, 0, 1, 0);
        assertThat(classify("budget-time", 3, 0, openAtTheEnd, Optional.of("time"), "ok", List.of()).failureClass())
                .isEqualTo(FailureClass.REASONING);
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
    void aWorkspaceTheHarnessCannotUseIsTheAgentsToolingFailure() {
        Failure failure = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("finished", 3, 3, 0, 30), Usage.NONE, Optional.empty(), "none", "",
                List.of("the workspace could not be graded: file name too long"), List.of(), 0));
        assertThat(failure.failureClass()).isEqualTo(FailureClass.TOOLING);
        assertThat(failure.evidence()).contains("the workspace could not be graded: file name too long");
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

    private static Failure program(String stop, String startFailure, Usage usage, String stderr) {
        ProgramOutput output = new ProgramOutput("agent/T0.out", 0, "agent/T0.err", stderr.length(), false, "", stderr);
        return FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome(stop, 0, 0, 0, 1, startFailure, output), usage, Optional.empty(), "failed",
                "configure failed\n", List.of(), List.of(), 0));
    }

    @Test
    void aProgramThatCannotStartIsTheSetUpsFailureNamedInItsReason() {
        Failure failure = program("exited 127", "qwen-code: command not found", Usage.NONE,
                "bash: line 1: qwen-code: command not found");
        assertThat(failure.failureClass()).isEqualTo(FailureClass.CONFIGURATION);
        assertThat(failure.evidence()).contains("the agent program could not start: qwen-code: command not found");
        assertThat(failure.failureClass().isModelFailure()).isFalse();
    }

    @Test
    void aProgramThatFailedBeforeItsFirstModelCallIsTheSetUpsFailureAndOneThatAskedIsNot() {
        Failure early = program("exited 2", null, Usage.NONE, "loading config\nerror: no such option --yolo");
        assertThat(early.failureClass()).isEqualTo(FailureClass.CONFIGURATION);
        assertThat(early.evidence()).contains("the agent program exited 2 before its first model call",
                "the program's last words: error: no such option --yolo");
        Usage asked = new Usage(1, 100, 0, 0, 10, 0, 0.001, 110, 110, 0, 0);
        assertThat(program("exited 2", null, asked, "error").failureClass()).isNotEqualTo(FailureClass.CONFIGURATION);
        assertThat(program("exited 127", "x: command not found", asked, "x: command not found").failureClass())
                .isNotEqualTo(FailureClass.CONFIGURATION);
        // a program killed by a signal crashed (that is another class), and one that exited 0 did its work
        assertThat(program("exited 137", null, Usage.NONE, "").failureClass()).isNotEqualTo(FailureClass.CONFIGURATION);
        assertThat(program("exited 0", null, Usage.NONE, "").failureClass()).isNotEqualTo(FailureClass.CONFIGURATION);
        // the harness's failure comes first
        Failure harness = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60,
                new AgentOutcome("exited 127", 0, 0, 0, 1, "x: command not found", null), Usage.NONE, Optional.empty(),
                "none", "", List.of(), List.of("grading failed: the container died"), 0));
        assertThat(harness.failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
    }
}
