package org.ramp.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real shells say when they cannot run a program, and what a program's own failures look like. */
class ProgramStartTest {
    @TempDir
    Path dir;

    private record Ran(int status, String stderr) {
    }

    /** bash -c, as the agent container runs the command line. */
    private static Ran bash(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(process.waitFor(), stderr);
    }

    private static String reason(Ran ran) {
        return ProgramStart.cannotStart(ran.status(), ran.stderr());
    }

    @Test
    void aCommandNotFoundIsNamedWithoutTheShellsPrefix() throws Exception {
        Ran ran = bash("ramp-surely-not-installed --yolo -p hello");
        assertThat(ran.status()).isEqualTo(127);
        assertThat(reason(ran)).isEqualTo("ramp-surely-not-installed: command not found");
    }

    @Test
    void aMissingInterpreterOrAFileThatCannotRunIsNamed() throws Exception {
        Path viaEnv = dir.resolve("via-env");
        Files.writeString(viaEnv, "#!/usr/bin/env ramp-no-such-interpreter\n");
        viaEnv.toFile().setExecutable(true);
        assertThat(reason(bash(viaEnv.toString()))).contains("ramp-no-such-interpreter").contains("No such file");
        Path direct = dir.resolve("direct");
        Files.writeString(direct, "#!/nonexistent/python3\n");
        direct.toFile().setExecutable(true);
        // bash 5.2 of bookworm says "bad interpreter", later ones "cannot execute: required file not found"
        assertThat(reason(bash(direct.toString()))).startsWith(direct + ": ").containsAnyOf("bad interpreter",
                "cannot execute");
        Path plain = dir.resolve("plain");
        Files.writeString(plain, "echo hi\n");
        assertThat(reason(bash(plain.toString()))).isEqualTo(plain + ": Permission denied");
        assertThat(reason(bash(dir.resolve("absent").toString()))).isEqualTo(dir.resolve("absent")
                + ": No such file or directory");
    }

    @Test
    void aProgramThatRanIsNotOneThatCouldNotStartWhateverItExitsWith() throws Exception {
        assertThat(reason(bash("echo 'something failed' >&2; exit 127"))).isNull();
        assertThat(reason(bash("echo 'x: command not found' >&2; exit 1"))).isNull();
        assertThat(reason(bash("exit 0"))).isNull();
        assertThat(ProgramStart.cannotStart(126, "")).isNull();
    }
}
