package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.run.RunFixture;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;

/**
 * The agent hunts for the hidden programs after two stages graded them: by name anywhere in its container
 * (every mount), by a line of a hidden program's source, and in the mount table. Nothing of them is there;
 * the same search finds the public program, so the search itself works.
 */
class HiddenFilesAttackIT {
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

    private static String hunt(String id, TestProgram program) throws Exception {
        String line = Files.readAllLines(program.source()).stream().map(String::strip)
                .filter(l -> l.length() > 12 && !l.contains("'")).findFirst().orElseThrow();
        return "find / \\( -path /proc -o -path /sys \\) -prune -o -name '*" + program.name() + "*' -print 2>/dev/null"
                + " | sed 's/^/name: /'; grep -rlF -s -e '" + line + "' /workspace /ramp /tmp /home /opt /etc /root"
                + " | sed 's/^/content: /'; grep -c -E 'golden|outputs|grading' /proc/self/mountinfo; echo " + id;
    }

    @Test
    void noFileOfAHiddenProgramIsAnywhereInTheAgentsContainer() throws Exception {
        TestProgram hidden = fixture.programs.stream().filter(p -> p.visibility() == Visibility.HIDDEN).findFirst()
                .orElseThrow();
        TestProgram visible = fixture.programs.stream().filter(p -> p.visibility() == Visibility.PUBLIC).findFirst()
                .orElseThrow();
        List<CannedResponse> script = new ArrayList<>(AttackSession.finishing(0, 1));
        script.add(shell("hidden", hunt("hidden-done", hidden)));
        script.add(shell("public", hunt("public-done", visible)));
        script.add(RunFixture.finish("t2-done"));
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("hidden"), 3, script);

        assertThat(run.stage("T1").cases()).as("graded on the hidden program too").hasSize(2);
        assertThat(run.toolResult("hidden")).contains("hidden-done").doesNotContain("name: ")
                .doesNotContain("content: ").contains("\n0\n");
        assertThat(run.toolResult("public")).contains("name: /workspace/tests/cases/" + visible.name())
                .contains("content: /workspace/tests/cases/" + visible.name());
    }
}
