package io.jenkins.plugins.ramp.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.ramp.results.Fixtures;
import io.jenkins.plugins.ramp.results.StageOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which runs rampRecord records, and when rampResurrect has nothing to do. */
class RecordSelectionTest {
    @Test
    void namedRunsOrThoseOfThisWorkspaceOrAllOfTheBuild() throws AbortException {
        StartedRuns runs = new StartedRuns();
        runs.add("gpt-4o", "agent-1", "/ws/a", null);
        runs.add("qwen", "agent-2", "/ws/b", null);
        runs.add("claude", "agent-1", "/ws/a", null);
        assertThat(runs.select(List.of("qwen"), "agent-1", "/ws/a")).extracting(e -> e.name).containsExactly("qwen");
        assertThat(runs.select(List.of(), "agent-1", "/ws/a")).extracting(e -> e.name)
                .containsExactly("claude", "gpt-4o");
        assertThat(runs.select(List.of(), null, null)).extracting(e -> e.name).containsExactly("claude", "gpt-4o",
                "qwen");
        assertThatThrownBy(() -> runs.select(List.of("other"), null, null))
                .hasMessageContaining("no RAMP run named 'other'");
        assertThatThrownBy(() -> runs.select(List.of(), "agent-3", "/ws/c"))
                .hasMessageContaining("no RAMP run was started in this workspace").hasMessageContaining("runs:");
        assertThatThrownBy(() -> new StartedRuns().select(List.of(), null, null)).hasMessageContaining("call rampRun");
        assertThat(runs.has("qwen")).isTrue();
        assertThat(runs.has("gemini")).isFalse();
    }

    @Test
    void runNamesAreCheckedAndDeduplicated() throws AbortException {
        assertThat(RampRecordStep.names(" a , b,a,, ")).containsExactly("a", "b");
        assertThat(RampRecordStep.names(null)).isEmpty();
        assertThatThrownBy(() -> RampRecordStep.names("a;rm -rf")).hasMessageContaining("not a plain file name");
    }

    @Test
    void onlyAFailedStageThatIsNotResurrectedYetIsResurrected() {
        StageOutcome failed = new StageOutcome(Fixtures.failedStage("T1")); // the fixture's stage is resurrected
        assertThat(ResurrectionCheck.skip(failed, "chain")).contains("already resurrected");
        StageOutcome passed = new StageOutcome(Fixtures.passedStage("T0"));
        assertThat(ResurrectionCheck.skip(passed, "chain")).contains("T0 passed").contains("nothing to resurrect");
        assertThat(ResurrectionCheck.skip(passed, "strict")).contains("strict");
        org.ramp.results.StageResult s = Fixtures.failedStage("T2");
        StageOutcome notYet = new StageOutcome(new org.ramp.results.StageResult(s.id(), s.name(), s.status(), s.score(),
                s.passThreshold(), s.inputs(), false, s.failure(), s.agent(), s.grade(), s.usage(), s.cases(),
                s.startedAt(), s.finishedAt()));
        assertThat(ResurrectionCheck.skip(notYet, "chain")).isNull();
        assertThat(ResurrectionCheck.skip(notYet, "golden-inputs")).isNull();
    }
}
