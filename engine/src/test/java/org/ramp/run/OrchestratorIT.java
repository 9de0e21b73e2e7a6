package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.concat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.finishEachLaterStage;
import static org.ramp.run.RunFixture.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.RetryPolicy;
import org.ramp.results.FailureClass;
import org.ramp.results.InputSource;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.sandbox.DockerEngine;
import org.ramp.util.Progress;

/**
 * Whole runs in the real Docker engine, the model played by a scripted endpoint that speaks the
 * chat-completions protocol over real HTTP through the real gateway.
 */
class OrchestratorIT {
    private static RunFixture fixture;

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    private RunResult run(RunConfig config) throws Exception {
        return new Orchestrator(fixture.docker, fixture.toolchain, (Progress) progress::add).run(config);
    }

    private static StageResult stage(RunResult run, String id) {
        return run.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBuiltinAgentSolvesT0ThroughTheGatewayAndNothingLeaksOrLingers() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        RunResult run;
        try (LocalEndpoint endpoint = LocalEndpoint.start(concat(fixture.solveT0(), finishEachLaterStage()))) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                run = run(fixture.config(dir.resolve("solve-t0"), endpoint));
            } finally {
                System.setErr(originalErr);
            }
            // the endpoint saw the real key, never the run's token; the agent saw only the token
            assertThat(endpoint.requests()).allMatch(r -> ("Bearer " + RunFixture.KEY).equals(r.header("Authorization")));
        }
        StageResult t0 = stage(run, "T0");
        assertThat(t0.status()).isEqualTo(StageStatus.PASSED);
        assertThat(t0.score()).isEqualTo(100.0);
        assertThat(t0.agent().stopReason()).isEqualTo("finished");
        assertThat(t0.usage().calls()).isEqualTo(4);
        assertThat(t0.usage().promptTokens()).isEqualTo(4000);
        assertThat(t0.usage().cachedTokens()).isEqualTo(1600);
        // 4 calls x (600 uncached x $2 + 400 cached x $0.5 + 50 out x $8) per million
        assertThat(t0.usage().costUsd()).isCloseTo(4 * (600 * 2.0 + 400 * 0.5 + 50 * 8.0) / 1e6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(stage(run, "T1").inputs()).isEqualTo(InputSource.AGENT);
        assertThat(stage(run, "T1").status()).isEqualTo(StageStatus.FAILED);
        assertThat(stage(run, "T2").inputs()).isEqualTo(InputSource.RESURRECTION);
        assertThat(stage(run, "T1").failure().failureClass()).isEqualTo(FailureClass.PLANNING);
        assertThat(run.metrics()).isNotNull();
        assertThat(run.metrics().strictStageScores()).containsExactly(100.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(run.totals().usage().calls()).isEqualTo(9);
        assertThat(run.totals().usage().tokensRamp()).isGreaterThan(run.totals().usage().tokensCorrected());
        Path runDir = dir.resolve("solve-t0");
        assertThat(runDir.resolve("junit.xml")).content().contains("<testsuite name=\"T0 environment\"");
        assertThat(runDir.resolve("transcripts/T0.jsonl")).content().contains("write_file");
        assertThat(runDir.resolve("stages/T5.json")).exists();
        RunFixture.assertKeyNowhere(runDir, captured.toString(StandardCharsets.UTF_8), String.join("\n", progress));
        fixture.assertNoContainers(run.runId());
    }

    @Test
    void anExhaustedDollarBudgetIsACostOverrun() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(shell("a", "true"), shell("b", "true"), shell("c", "true"))) {
            RunResult run = run(fixture.config(dir.resolve("budget"), RunFixture.builtin(), endpoint,
                    new Budgets(null, null, 0.001, null), RetryPolicy.NONE));
            StageResult t0 = stage(run, "T0");
            assertThat(t0.agent().stopReason()).isEqualTo("budget-dollars");
            assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.COST_OVERRUN);
            assertThat(t0.failure().evidence()).anyMatch(e -> e.contains("dollars budget ran out"));
            assertThat(endpoint.calls()).isEqualTo(1);
        }
    }

    @Test
    void aContextLengthErrorIsAContextFailure() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(CannedResponse.error(400, "This model's maximum context length is 65536 tokens. However, your"
                + " messages resulted in 70000 tokens."));
        script.addAll(finishEachLaterStage());
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunResult run = run(fixture.config(dir.resolve("context"), endpoint));
            StageResult t0 = stage(run, "T0");
            assertThat(t0.agent().stopReason()).isEqualTo("context-length");
            assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.CONTEXT);
            assertThat(t0.usage().contextLengthErrors()).isEqualTo(1);
        }
    }

    @Test
    void endpointFailuresAfterRetriesAreInfrastructureAndCountedApart() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(CannedResponse.error(503, "overloaded"));
        script.add(CannedResponse.error(503, "overloaded"));
        script.addAll(finishEachLaterStage());
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunResult run = run(fixture.config(dir.resolve("endpoint"), endpoint));
            StageResult t0 = stage(run, "T0");
            assertThat(t0.agent().stopReason()).isEqualTo("endpoint-failure");
            assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
            assertThat(t0.usage().endpointFailures()).isEqualTo(1);
            assertThat(run.totals().infrastructureFailures()).isEqualTo(1);
            assertThat(run.totals().modelFailures()).isEqualTo(5);
            assertThat(stage(run, "T1").inputs()).isEqualTo(InputSource.RESURRECTION);
        }
    }

    @Test
    void vandalisingTheTestsOrWritingOutsideTheWorkspaceChangesNoGrade() throws Exception {
        List<CannedResponse> honest = concat(fixture.solveT0(), finishEachLaterStage());
        List<CannedResponse> vandal = new ArrayList<>(fixture.solveT0().subList(0, 3));
        vandal.add(shell("v1", "for d in tests/cases/*/; do echo garbage > $d/tokens.txt; echo 'int main(){}' > $d/source.i;"
                + " echo 99 > $d/exit.txt; done; rm -rf tests/cases/*/stdout.txt; echo hacked > /ramp/results.txt;"
                + " echo hacked > ../run.json; ls /"));
        vandal.add(finish("t0-done"));
        vandal.add(shell("v2", "rm -rf tests; mkdir -p /tmp/x && echo tampered > /tmp/x/y"));
        vandal.addAll(finishEachLaterStage());
        RunResult honestRun;
        RunResult vandalRun;
        try (LocalEndpoint endpoint = LocalEndpoint.start(honest)) {
            honestRun = run(fixture.config(dir.resolve("honest"), endpoint));
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(vandal)) {
            vandalRun = run(fixture.config(dir.resolve("vandal"), endpoint));
        }
        for (StageResult stage : honestRun.stages()) {
            StageResult other = stage(vandalRun, stage.id());
            assertThat(other.score()).as(stage.id()).isEqualTo(stage.score());
            assertThat(other.cases()).extracting(c -> c.name() + " " + c.score() + " " + c.reason())
                    .as(stage.id()).isEqualTo(stage.cases().stream().map(c -> c.name() + " " + c.score() + " "
                            + c.reason()).toList());
        }
        assertThat(Files.readString(dir.resolve("vandal/run.json"))).doesNotContain("hacked");
        // the agent removed tests/; each resurrection put back only the reference outputs of its stage
        Path publicCase = dir.resolve("vandal/workspace/tests/cases/" + fixture.programs.get(0).name());
        assertThat(publicCase.resolve("tokens.txt")).exists();
        assertThat(publicCase.resolve(fixture.programs.get(0).name() + ".sy")).doesNotExist();
    }

    @Test
    void aContainerKilledMidStageIsAnInfrastructureFailureAndTheRunGoesOn() throws Exception {
        List<CannedResponse> script = new ArrayList<>(fixture.solveT0());
        script.add(shell("t1-a", "echo warming up"));
        script.add(shell("t1-b", "echo never runs").withDelay(Duration.ofSeconds(8)));
        for (int stage = 2; stage <= 5; stage++) {
            script.add(finish("t" + stage));
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunConfig config = fixture.config(dir.resolve("killed"), endpoint);
            Thread killer = new Thread(() -> killAgentContainerOfStage(config.runId(), dir.resolve("killed")));
            killer.start();
            RunResult run = run(config);
            killer.join();
            StageResult t1 = stage(run, "T1");
            assertThat(t1.agent().stopReason()).isEqualTo("crashed");
            assertThat(t1.failure().failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
            assertThat(run.stages()).hasSize(6);
            assertThat(stage(run, "T5").agent().stopReason()).isEqualTo("finished");
            assertThat(run.totals().infrastructureFailures()).isEqualTo(1);
            fixture.assertNoContainers(run.runId());
        }
    }

    /** Waits until T0 is done and T1's agent container runs, then kills it. */
    private static void killAgentContainerOfStage(String runId, Path runDir) {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(runDir.resolve("stages/T0.json"))) {
                var agents = fixture.docker.containersLabelled(DockerEngine.RUN_LABEL, runId).stream()
                        .filter(c -> "agent".equals(c.getLabels().get(DockerEngine.LABEL))
                                && "running".equals(c.getState())).toList();
                if (!agents.isEmpty()) {
                    fixture.docker.kill(agents.get(0).getId());
                    return;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Test
    void theAgentContainerReachesTheGatewayAndNothingElse() throws Exception {
        String probe = "python3 - <<'EOF'\n"
                + "import json, os, socket, urllib.request\n"
                + "for host in [('1.1.1.1', 80), ('deb.debian.org', 80), ('172.17.0.1', 2375)]:\n"
                + "    try:\n"
                + "        socket.create_connection(host, timeout=3)\n"
                + "        print('REACHED', host)\n"
                + "    except OSError as e:\n"
                + "        print('BLOCKED', host[0])\n"
                + "request = urllib.request.Request(os.environ['OPENAI_BASE_URL'] + '/models',\n"
                + "    headers={'Authorization': 'Bearer ' + os.environ['OPENAI_API_KEY']})\n"
                + "print('GATEWAY', json.load(urllib.request.urlopen(request, timeout=10))['data'][0]['id'])\n"
                + "print('KEY-IN-ENV', any('" + RunFixture.KEY.substring(0, 12) + "' in v for v in os.environ.values()))\n"
                + "EOF";
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("probe", probe));
        script.add(finish("t0"));
        script.addAll(finishEachLaterStage());
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            run(fixture.config(dir.resolve("network"), endpoint));
            String toolResult = toolResult(endpoint.requests().get(1).json(), "probe");
            assertThat(toolResult).contains("BLOCKED 1.1.1.1").contains("BLOCKED deb.debian.org")
                    .contains("BLOCKED 172.17.0.1").doesNotContain("REACHED")
                    .contains("GATEWAY " + LocalEndpoint.MODEL).contains("KEY-IN-ENV False");
        }
    }

    private static String toolResult(com.fasterxml.jackson.databind.JsonNode request, String callId) {
        for (var message : request.path("messages")) {
            if (callId.equals(message.path("tool_call_id").asText())) {
                return message.path("content").asText();
            }
        }
        throw new AssertionError("no result of tool call " + callId + " in " + request);
    }

    @Test
    void theCommandAgentRunsAProgramThatTalksToTheGatewayWithTheRunToken() throws Exception {
        String program = "python3 -c \"import json, os, urllib.request; body = json.dumps({'model': 'x', 'messages':"
                + " [{'role': 'user', 'content': open(os.environ['RAMP_PROMPT_FILE']).read()[:40]}]}).encode();"
                + " request = urllib.request.Request(os.environ['OPENAI_BASE_URL'] + '/chat/completions', data=body,"
                + " headers={'Authorization': 'Bearer ' + os.environ['OPENAI_API_KEY'], 'Content-Type':"
                + " 'application/json'}); answer = json.load(urllib.request.urlopen(request));"
                + " open('agent-was-here.txt', 'a').write(os.environ['RAMP_STAGE'] + ' ' +"
                + " answer['choices'][0]['message']['content'] + chr(10))\"";
        List<CannedResponse> script = new ArrayList<>();
        for (int stage = 0; stage <= 5; stage++) {
            script.add(CannedResponse.message("hello T" + stage, RunFixture.USAGE));
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunResult run = run(fixture.config(dir.resolve("command"),
                    new AgentSpec(AgentSpec.COMMAND, program, false, 0, 0.2, null), endpoint, Budgets.UNLIMITED,
                    RetryPolicy.NONE));
            assertThat(dir.resolve("command/workspace/agent-was-here.txt")).content()
                    .contains("T0 hello T0").contains("T5 hello T5");
            assertThat(stage(run, "T0").agent().stopReason()).isEqualTo("exited 0");
            assertThat(stage(run, "T3").usage().calls()).isEqualTo(1);
            assertThat(endpoint.requests().get(0).body()).contains("# Stage T0");
            RunFixture.assertKeyNowhere(dir.resolve("command"));
        }
    }

    @Test
    void aReplayReproducesTheRecordedRunAndItsAccounting() throws Exception {
        RunResult original;
        try (LocalEndpoint endpoint = LocalEndpoint.start(concat(fixture.solveT0(), finishEachLaterStage()))) {
            original = run(fixture.config(dir.resolve("original"), endpoint));
        }
        RunResult replay = run(fixture.config(dir.resolve("replay"), new AgentSpec(AgentSpec.REPLAY, null, false,
                128_000, 0.2, dir.resolve("original")), null, Budgets.UNLIMITED, RetryPolicy.NONE));
        for (StageResult stage : original.stages()) {
            StageResult again = stage(replay, stage.id());
            assertThat(again.score()).as(stage.id()).isEqualTo(stage.score());
            assertThat(again.usage().calls()).as(stage.id()).isEqualTo(stage.usage().calls());
            assertThat(again.usage().costUsd()).as(stage.id()).isEqualTo(stage.usage().costUsd());
            assertThat(again.agent().stopReason()).as(stage.id()).isEqualTo(stage.agent().stopReason());
        }
        assertThat(replay.settings().agent()).isEqualTo("replay");
    }

    @Test
    void strictModeEndsTheRunAtTheFirstFailure() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(List.of(finish("t0")))) {
            RunConfig base = fixture.config(dir.resolve("strict"), endpoint);
            RunConfig strict = base.withMode(Mode.STRICT);
            RunResult run = run(strict);
            assertThat(stage(run, "T0").status()).isEqualTo(StageStatus.FAILED);
            assertThat(stage(run, "T0").resurrected()).isFalse();
            assertThat(run.stages().subList(1, 6)).allMatch(s -> s.status() == StageStatus.NOT_REACHED && s.score() == 0);
            assertThat(endpoint.calls()).isEqualTo(1);
        }
    }
}
