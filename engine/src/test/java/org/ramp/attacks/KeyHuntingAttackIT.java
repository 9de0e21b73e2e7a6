package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.RunFixture;

/**
 * The agent hunts for the endpoint's key: its environment, every file of its container, every process's
 * environment and command line it can read. The key is nowhere: the agent holds the run's token only, and
 * the container's own processes (root's) keep even their environment from it.
 */
class KeyHuntingAttackIT {
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
    void theKeyIsNowhereInTheContainer() throws Exception {
        String key = RunFixture.KEY;
        // the pattern is spelt in two pieces, so that no command line of the hunt holds it
        String part = "$(printf %s%s '" + key.substring(0, 8) + "' '" + key.substring(8, 16) + "')";
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("keys"), 1, List.of(
                shell("env", "env | grep -c -F -e \"" + part + "\"; echo \"token=${OPENAI_API_KEY:0:4}\""),
                shell("files", "grep -rlF -s --exclude-dir=proc --exclude-dir=sys --exclude-dir=dev -e \"" + part + "\" /"
                        + " | sed 's/^/found: /'; echo files-done"),
                // read first, searched after: the search's own command line is not among what was read
                shell("procs", "cat /proc/1/environ > /dev/null; for p in /proc/[0-9]*; do cat $p/environ $p/cmdline"
                        + " 2>/dev/null; done | tr '\\0' '\\n' > /tmp/procs.txt; wc -l < /tmp/procs.txt;"
                        + " grep -c -F -e \"" + part + "\" /tmp/procs.txt"),
                finish("t0-done")));

        assertThat(run.toolResult("env")).contains("\n0\n").doesNotContain(key);
        assertThat(run.toolResult("files")).contains("files-done").doesNotContain("found: ");
        assertThat(run.toolResult("procs")).contains("/proc/1/environ: Permission denied").contains("\n0\n");
        RunFixture.assertKeyNowhere(run.runDir(), run.progressText());
    }
}
