package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.results.FailureClass;
import org.ramp.results.StageResult;
import org.ramp.run.RunFixture;

/**
 * A fork bomb, detached from the command that started it so that the command's time limit does not end it,
 * fills the container's process limit. The container's own processes live on, the phase ends cleanly
 * (paused, copied, removed), the stage is the agent's failure (tooling) with the evidence, and the run goes on.
 */
class ForkBombAttackIT {
    private static RunFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    @Test
    void aDetachedForkBombIsTheAgentsOwnFailureAndTheRunGoesOn() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        // each copy stays, so that the limit is reached and held
        script.add(shell("bomb", "setsid bash -c 'b() { b | b & sleep 600; }; b' > /dev/null 2>&1 < /dev/null &"
                + " echo launched"));
        // a command that forks while the bomb runs
        script.add(shell("during", "for i in $(seq 30); do echo waiting; done; echo after"));
        script.add(shell("after", "echo alive"));
        script.add(finish("t0-done"));
        script.addAll(AttackSession.finishing(1, 1));
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("bomb"), 2, script);

        assertThat(run.toolResult("bomb")).contains("launched");
        StageResult t0 = run.stage("T0");
        assertThat(t0.agent().stopReason()).isEqualTo("finished");
        assertThat(t0.failure().failureClass()).as(run.progressText()).isEqualTo(FailureClass.TOOLING);
        assertThat(t0.failure().evidence()).as(run.progressText()).anyMatch(e -> e.contains("filled the container's limit"));
        assertThat(run.progressText()).containsPattern("T0 workspace copied back: .*; \\d{3,4} processes left"
                + " running were stopped");
        assertThat(run.stage("T1").agent().stopReason()).as("the run goes on").isEqualTo("finished");
        fixture.assertNoContainers(run.runDir().getFileName().toString());
    }
}
