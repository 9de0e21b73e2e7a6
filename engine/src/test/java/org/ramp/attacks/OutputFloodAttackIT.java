package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.run.RunFixture;

/**
 * The agent floods stdout and stderr without end, and prints one line of 50 MB: what the model is shown is
 * bounded (head and tail), the command ends at its time limit, the progress line is short, the run goes on.
 */
class OutputFloodAttackIT {
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

    private static CannedResponse shell(String id, String command, int timeout) {
        String arguments = new ObjectMapper().createObjectNode().put("command", command)
                .put("timeout_seconds", timeout).toString();
        return CannedResponse.toolCall(id, "run_shell", arguments, RunFixture.USAGE);
    }

    @Test
    void floodsAreBoundedAndTheRunGoesOn() throws Exception {
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("flood"), 2, List.of(
                shell("flood", "yes out-flood & yes err-flood >&2", 8),
                shell("line", "head -c 50M /dev/zero | tr '\\0' a; echo; echo end-of-line", 60),
                finish("t0-done"), finish("t1-done")));

        String flood = run.toolResult("flood");
        assertThat(flood).startsWith("exit status 124 (timed out after 8 s)").contains("characters cut")
                .contains("out-flood").contains("err-flood");
        assertThat(flood.length()).isLessThan(50_000);
        String line = run.toolResult("line");
        assertThat(line).contains("characters cut").contains("end-of-line");
        assertThat(line.length()).isLessThan(50_000);
        assertThat(run.progress()).allSatisfy(l -> assertThat(l.length()).isLessThan(2_000));
        assertThat(run.stage("T1").agent().stopReason()).isEqualTo("finished");
    }
}
