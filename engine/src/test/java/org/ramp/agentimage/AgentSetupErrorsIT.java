package org.ramp.agentimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramp.RepositoryPaths;
import org.ramp.cli.RampCommand;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.RetryPolicy;
import org.ramp.results.FailureClass;
import org.ramp.results.JUnitReport;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;
import org.ramp.run.AgentSpec;
import org.ramp.run.RunFixture;
import org.ramp.run.RunSession;
import picocli.CommandLine;

/**
 * A set-up that cannot work is said so, in its own words and apart from the model: an agent program
 * that cannot start is a configuration failure naming what the shell said; an agent image that is
 * missing or not built FROM the toolchain image stops {@code ramp run} and {@code ramp start} before
 * any stage, with exit status 2.
 */
class AgentSetupErrorsIT {
    private static RunFixture fixture;

    @TempDir
    Path dir;

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // not installed: bash's own words, exit 127
        "qwen-code --yolo \"$(cat \"$RAMP_PROMPT_FILE\")\"|could not start: qwen-code: command not found",
        // a script whose interpreter is missing: env's words, exit 127
        "printf '#!/usr/bin/env node\\n' > /tmp/ramp/cli && chmod +x /tmp/ramp/cli && /tmp/ramp/cli|could not start: /usr/bin/env: ",
        // not executable: exit 126
        "printf 'echo hi\\n' > /tmp/ramp/cli && chmod -x /tmp/ramp/cli && /tmp/ramp/cli|could not start: /tmp/ramp/cli: Permission denied",
        // started, but stopped on its own set-up before asking the model anything
        "echo 'error: unknown option --yolo' >&2; exit 1|exited 1 before its first model call\nthe program's last words: error: unknown option --yolo"})
    void aProgramThatCannotStartIsAConfigurationFailureNamedInTheReason(String program, String reason)
            throws Exception {
        Path runDir = dir.resolve("run");
        StageResult t0;
        RunResult run;
        try (LocalEndpoint endpoint = LocalEndpoint.start(List.of())) {
            AgentSpec agent = new AgentSpec(AgentSpec.COMMAND, program, false, 0, 0.2, null);
            try (RunSession session = RunSession.create(fixture.config(runDir, agent, endpoint, Budgets.UNLIMITED,
                    RetryPolicy.NONE), fixture.docker, fixture.toolchain, progress::add)) {
                t0 = session.runStage("T0");
                run = session.finish();
            }
            assertThat(endpoint.calls()).isZero();
        }
        assertThat(t0.failure().failureClass()).as(String.join("\n", progress)).isEqualTo(FailureClass.CONFIGURATION);
        assertThat(String.join("\n", t0.failure().evidence())).contains(reason);
        assertThat(FailureClass.CONFIGURATION.isModelFailure()).isFalse();
        // counted apart: neither the model's nor the harness's
        assertThat(run.totals().configurationFailures()).isEqualTo(1);
        assertThat(run.totals().modelFailures()).isZero();
        assertThat(run.totals().infrastructureFailures()).isZero();
        assertThat(JUnitReport.render(run)).contains("name=\"failureCountedAs\" value=\"configuration\"");
        assertThat(runDir.resolve("agent/T0.err")).isRegularFile();
    }

    @Test
    void aProgramThatAskedTheModelIsNotAConfigurationFailureWhateverItsStatus() throws Exception {
        String program = "python3 -c \"import json, os, urllib.request; urllib.request.urlopen(urllib.request.Request("
                + "os.environ['OPENAI_BASE_URL'] + '/chat/completions', data=json.dumps({'model': 'x', 'messages':"
                + " [{'role': 'user', 'content': 'hi'}]}).encode(), headers={'Authorization': 'Bearer ' +"
                + " os.environ['OPENAI_API_KEY'], 'Content-Type': 'application/json'})).read()\" && no-such-tool";
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("hello", RunFixture.USAGE))) {
            AgentSpec agent = new AgentSpec(AgentSpec.COMMAND, program, false, 0, 0.2, null);
            try (RunSession session = RunSession.create(fixture.config(dir.resolve("asked"), agent, endpoint,
                    Budgets.UNLIMITED, RetryPolicy.NONE), fixture.docker, fixture.toolchain, progress::add)) {
                StageResult t0 = session.runStage("T0");
                assertThat(t0.agent().stopReason()).isEqualTo("exited 127");
                assertThat(t0.usage().calls()).isEqualTo(1);
                assertThat(t0.failure().failureClass()).isNotEqualTo(FailureClass.CONFIGURATION);
            }
        }
    }

    @Test
    void aMissingOrForeignAgentImageStopsTheRunBeforeAnyStage() throws Exception {
        String foreign = "ramp-test-foreign-" + HexFormat.of().formatHex(java.security.SecureRandom.getSeed(4));
        fixture.docker.importImage(new ByteArrayInputStream(oneFileTar(dir)), foreign, "x");
        try {
            for (String command : List.of("run", "start")) {
                for (String[] image : new String[][] {{"ramp-no-such-image:nothing", "no such image"},
                    {foreign + ":x", "is not built FROM the toolchain image " + fixture.toolchain.tag()}}) {
                    Path runs = dir.resolve(command + "-" + image[0].replace(':', '-'));
                    Result result = ramp(command, "--workload", RepositoryPaths.tasks().toString(), "--agent",
                            "command", "--agent-command", "true", "--agent-image", image[0], "--model", "m",
                            "--price", "m=1,1,1", "--endpoint", "http://127.0.0.1:1/v1", "--api-key-env", "PATH",
                            command.equals("run") ? "--runs-dir" : "--run-dir", runs.toString());
                    assertThat(result.status).as(result.err).isEqualTo(2);
                    assertThat(result.err).contains("--agent-image " + image[0]).contains(image[1]);
                    assertThat(result.err).doesNotContain(" T0 ").doesNotContain("Exception");
                    assertThat(runs).doesNotExist();
                }
            }
        } finally {
            fixture.docker.client().removeImageCmd(foreign + ":x").withForce(true).exec();
        }
    }

    private record Result(int status, String err) {
    }

    /** The ramp command line in this process, its standard error captured (progress goes there too). */
    private static Result ramp(String... args) {
        StringWriter err = new StringWriter();
        PrintStream original = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
            CommandLine commandLine = RampCommand.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            commandLine.setOut(new PrintWriter(new StringWriter(), true));
            status = commandLine.execute(args);
        } finally {
            System.setErr(original);
        }
        return new Result(status, progress.toString(StandardCharsets.UTF_8) + err);
    }

    /** A root file system of one file: an image that shares no layer with the toolchain's. */
    private static byte[] oneFileTar(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("foreign-root"));
        Files.writeString(root.resolve("README"), "not a toolchain\n");
        Process tar = new ProcessBuilder("tar", "-C", root.toString(), "-cf", "-", "README").start();
        byte[] bytes = tar.getInputStream().readAllBytes();
        assertThat(tar.waitFor()).isZero();
        return bytes;
    }
}
