package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.RunFixture;

/**
 * The agent leaves processes running to change its workspace after it handed the stage in (while it is
 * graded). The phase's end pauses the container before the workspace is copied, and removes it: nothing
 * written afterwards reaches the host, the grading or the next stage, and no process survives the stage.
 */
class BackgroundProcessAttackIT {
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
    void processesLeftRunningAreStoppedBeforeTheWorkspaceIsCopiedAndTouchNothingAfter() throws Exception {
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("background"), 2, List.of(
                shell("start", "nohup bash -c 'while :; do echo tick >> ticks.log; sleep 0.05; done' > /dev/null 2>&1 &"
                        + " setsid bash -c 'sleep 20; echo late > late.txt; rm -rf tests' > /dev/null 2>&1 < /dev/null &"
                        + " sleep 1; echo started"),
                finish("t0-done"),
                shell("t1-look", "pgrep -a -u 1000 -x sleep | sed 's/^/running: /'; cat late.txt 2>&1;"
                        + " wc -l < ticks.log; ls -d tests"),
                finish("t1-done")));

        assertThat(run.progressText()).containsPattern("T0 workspace copied back: .*; [2-9] processes left running"
                + " were stopped");
        Path workspace = run.runDir().resolve("workspace");
        long ticks = Files.readAllLines(workspace.resolve("ticks.log")).size();
        assertThat(ticks).isPositive();
        String look = run.toolResult("t1-look");
        assertThat(look).doesNotContain("running: ").contains("No such file").contains("tests");
        assertThat(look).as("T1 started with T0's copy: nothing was appended after it")
                .containsPattern("\\n" + ticks + "\\n");
        assertThat(workspace.resolve("late.txt")).doesNotExist();
        assertThat(workspace.resolve("tests")).isDirectory();
        fixture.assertNoContainers(run.runDir().getFileName().toString());
    }
}
