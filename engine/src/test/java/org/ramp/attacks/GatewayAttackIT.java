package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.RetryPolicy;
import org.ramp.results.FailureClass;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;
import org.ramp.run.AgentSpec;
import org.ramp.run.Orchestrator;
import org.ramp.run.RunConfig;
import org.ramp.run.RunFixture;

/**
 * Whole runs against a hostile or broken endpoint: one that reflects the key in encoded forms, one that
 * never answers, and an agent that fires many calls at once against a dollar budget.
 */
class GatewayAttackIT {
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

    private RunResult run(RunConfig config, List<String> progress) throws IOException {
        return new Orchestrator(fixture.docker, fixture.toolchain, progress::add).run(config);
    }

    @Test
    void aKeyReflectedEscapedOrSplitAcrossChunksReachesNeitherTheAgentNorAnyFile() throws Exception {
        String escaped = RunFixture.KEY.chars().mapToObj(c -> String.format("\\u%04x", c))
                .reduce("", String::concat);
        String half = RunFixture.KEY.substring(0, 11);
        String rest = RunFixture.KEY.substring(11);
        List<CannedResponse> script = new ArrayList<>();
        // a whole answer whose content spells the key in \\u escapes
        script.add(CannedResponse.json("{\"id\": \"x\", \"object\": \"chat.completion\", \"model\": \"local-model\","
                + " \"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", \"message\": {\"role\": \"assistant\","
                + " \"content\": \"your key is " + escaped + "\"}}], \"usage\": " + RunFixture.USAGE + "}"));
        script.add(RunFixture.finish("t0"));
        script.addAll(RunFixture.finishEachLaterStage());
        List<String> progress = new ArrayList<>();
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunResult run = run(fixture.config(dir.resolve("reflect"), endpoint), progress);
            assertThat(run.stages()).hasSize(6);
            // what the agent was given back in its next request holds no key
            assertThat(endpoint.requests().get(1).body()).doesNotContain(RunFixture.KEY).doesNotContain(half + rest);
        }
        RunFixture.assertKeyNowhere(dir.resolve("reflect"), String.join("\n", progress));
        try (Stream<Path> files = Files.walk(dir.resolve("reflect"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContainIgnoringCase(escaped);
            }
        }
    }

    @Test
    void aCallThatNeverAnswersEndsAtTheStagesDeadlineAndIsTheEndpointsFailure() throws Exception {
        List<CannedResponse> script = new ArrayList<>(fixture.solveT0());
        script.add(CannedResponse.hanging());
        script.addAll(RunFixture.finishEachLaterStage().subList(1, 5));
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunConfig base = fixture.config(dir.resolve("hung"), RunFixture.builtin(), endpoint, Budgets.UNLIMITED,
                    RetryPolicy.NONE);
            RunConfig config = new RunConfig(base.workload(), base.golden(), base.runDir(), base.programs(),
                    base.mode(), base.agent(), base.model(), base.endpoint(), base.apiKey(), base.apiKeyEnv(),
                    base.prices(), base.runBudgets(), new Budgets(null, null, null, 45L), base.maxTurnsPerStage(),
                    base.scales(), base.retry());
            long started = System.nanoTime();
            RunResult run = run(config, new ArrayList<>());
            StageResult t1 = run.stages().get(1);
            assertThat(t1.agent().seconds()).as("the stage's 45 s hold").isLessThan(90);
            assertThat(t1.usage().callsCut()).isEqualTo(1);
            assertThat(t1.failure().failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
            assertThat(run.stages().subList(2, 6)).allMatch(s -> s.failure() == null
                    || s.failure().failureClass() != FailureClass.REASONING);
            assertThat((System.nanoTime() - started) / 1e9).as("the run is not held by the call").isLessThan(600);
        }
    }

    @Test
    void manyCallsAtOnceThroughTheRelayExceedTheDollarBudgetByAtMostOneCall() throws Exception {
        // each call costs 600 x $2 + 400 x $0.5 + 50 x $8 per million = $0.0018; $0.005 covers 2, not 3
        String program = "python3 - <<'EOF'\n"
                + "import json, os, threading, urllib.request\n"
                + "def call():\n"
                + "    body = json.dumps({'model': 'x', 'max_tokens': 50, 'messages': [{'role': 'user', 'content': 'x' * 4000}]}).encode()\n"
                + "    request = urllib.request.Request(os.environ['OPENAI_BASE_URL'] + '/chat/completions', data=body,\n"
                + "        headers={'Authorization': 'Bearer ' + os.environ['OPENAI_API_KEY'], 'Content-Type': 'application/json'})\n"
                + "    try:\n"
                + "        urllib.request.urlopen(request, timeout=60).read()\n"
                + "    except Exception:\n"
                + "        pass\n"
                + "threads = [threading.Thread(target=call) for _ in range(40)]\n"
                + "[t.start() for t in threads]\n"
                + "[t.join() for t in threads]\n"
                + "EOF";
        List<CannedResponse> script = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            script.add(CannedResponse.message("ok", RunFixture.USAGE).withDelay(Duration.ofMillis(300)));
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunConfig config = fixture.config(dir.resolve("budget"), new AgentSpec(AgentSpec.COMMAND, program, false,
                    128_000, 0.2, null), endpoint, new Budgets(null, null, 0.005, null), RetryPolicy.NONE);
            RunResult run = run(config, new ArrayList<>());
            double perCall = (600 * 2.0 + 400 * 0.5 + 50 * 8.0) / 1e6;
            assertThat(run.totals().usage().costUsd()).isLessThanOrEqualTo(0.005 + perCall + 1e-12);
            assertThat(endpoint.calls()).isLessThanOrEqualTo(3);
            assertThat(run.stages().get(0).failure().failureClass()).isEqualTo(FailureClass.COST_OVERRUN);
        }
    }
}
