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
import org.ramp.gateway.Budgets;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.RetryPolicy;
import org.ramp.results.FailureClass;
import org.ramp.results.StageResult;
import org.ramp.run.AgentSpec;
import org.ramp.run.RunFixture;
import org.ramp.sandbox.DockerEngine;

/**
 * Who can stop the agent's container. The agent kills every process it may signal and PID 1: the
 * container's own processes (init, the relay, what keeps it alive) survive, and what the agent did is its
 * own failure, never the harness's. Killed from outside, the container is the harness's failure.
 */
class ContainerKillAttackIT {
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
    void killingPid1AndEveryProcessItCanLeavesTheContainerAndTheRunGoing() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("kill-1", "kill -9 1; echo kill-1-status=$?"));
        script.add(shell("kill-all", "sleep 300 & kill -9 -1"));
        script.add(shell("after", "ps -eo user:12,pid,comm; echo still-here"));
        script.add(finish("t0-done"));
        script.addAll(AttackSession.finishing(1, 1));
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("self-kill"), 2, script);

        assertThat(run.toolResult("kill-1")).contains("kill-1-status=1").contains("Operation not permitted");
        assertThat(run.toolResult("kill-all")).startsWith("exit status 137");
        // the container's own processes are root's, which the agent's user cannot signal
        assertThat(run.toolResult("after")).contains("still-here").containsPattern("root +1 docker-init")
                .containsPattern("root +\\d+ sleep").containsPattern("root +\\d+ python3");
        StageResult t0 = run.stage("T0");
        assertThat(t0.agent().stopReason()).isEqualTo("finished");
        assertThat(t0.failure().failureClass()).as("the agent's own doing").isNotEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(run.stage("T1").agent().stopReason()).as("the run goes on").isEqualTo("finished");
        fixture.assertNoContainers(run.runDir().getFileName().toString());
    }

    @Test
    void aProgramThatKillsItselfIsTheAgentsToolingFailureWithTheEvidence() throws Exception {
        AgentSpec command = new AgentSpec(AgentSpec.COMMAND, "echo started; kill -9 -1; echo not reached", false, 0,
                0.2, null);
        Path runDir = dir.resolve("program-kill");
        AttackSession.Outcome run = AttackSession.run(fixture, endpoint -> fixture.config(runDir, command, endpoint,
                Budgets.UNLIMITED, RetryPolicy.NONE), 1, List.of());

        StageResult t0 = run.stage("T0");
        assertThat(t0.agent().stopReason()).isEqualTo("exited 137");
        assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.TOOLING);
        assertThat(t0.failure().evidence()).anyMatch(e -> e.contains("killed (SIGKILL, exit status 137) inside its"
                + " container, which kept running (running, OOMKilled false)"));
    }

    @Test
    void aContainerKilledFromOutsideIsTheHarnessFailureWithTheEvidence() throws Exception {
        Path runDir = dir.resolve("outside");
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("wait", "echo waiting-for-the-kill; sleep 120"));
        script.add(finish("t0-done"));
        script.addAll(AttackSession.finishing(1, 1));
        Thread killer = new Thread(() -> killWhenWaiting(runDir.getFileName().toString()));
        killer.start();
        AttackSession.Outcome run = AttackSession.run(fixture, runDir, 2, script);
        killer.join();

        StageResult t0 = run.stage("T0");
        assertThat(t0.agent().stopReason()).isEqualTo("crashed");
        assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(t0.failure().evidence()).anyMatch(e -> e.contains("stopped before the end of the agent phase (exited"
                + " with status 137") && e.contains("OOMKilled false") && e.contains("stopped from outside"));
        assertThat(run.stage("T1").agent().stopReason()).as("the run goes on").isEqualTo("finished");
        fixture.assertNoContainers(runDir.getFileName().toString());
    }

    /** Kills the run's agent container from outside once the agent's command is running in it. */
    private static void killWhenWaiting(String runId) {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            for (var container : fixture.docker.containersLabelled(DockerEngine.RUN_LABEL, runId)) {
                if (!"agent".equals(container.getLabels().get(DockerEngine.LABEL))
                        || !"running".equals(container.getState())) {
                    continue;
                }
                try {
                    var top = fixture.docker.client().topContainerCmd(container.getId()).withPsArgs("-eo pid,args").exec();
                    for (String[] process : top.getProcesses()) {
                        if (String.join(" ", process).contains("sleep 120")) {
                            fixture.docker.kill(container.getId());
                            return;
                        }
                    }
                } catch (RuntimeException e) {
                    // not running any more, or not yet: look again
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
