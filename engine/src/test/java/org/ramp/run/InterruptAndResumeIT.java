package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finishEachLaterStage;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunStatus;
import org.ramp.results.StageResult;
import org.ramp.sandbox.DockerEngine;
import org.ramp.util.Progress;

/**
 * {@code ramp run} as a process, stopped with SIGTERM in the middle of a stage: its containers go,
 * its run.json says interrupted, and a resumed run finishes without repeating the stage already done.
 */
class InterruptAndResumeIT {
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

    /** Run ids unique on the Docker engine, which other test runs may share. */
    private static final String INTERRUPTED = "interrupted-" + ProcessHandle.current().pid();
    private static final String GRADED = "graded-" + ProcessHandle.current().pid();

    @Test
    void sigtermRemovesTheRunsContainersAndAResumedRunFinishesIt() throws Exception {
        Path runDir = dir.resolve("runs/" + INTERRUPTED);
        List<CannedResponse> script = new ArrayList<>(fixture.solveT0());
        script.add(shell("t1-warm", "echo the container starts"));
        script.add(shell("t1-slow", "echo stopped before this").withDelay(Duration.ofSeconds(120)));
        script.addAll(finishEachLaterStage());
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            Path jar = RepositoryPaths.home().resolve("engine/target/ramp.jar");
            assertThat(jar).as("the engine jar (mvn package builds it before the integration tests)").exists();
            Process ramp = ramp(jar, "run", "--agent", "builtin", "--model", LocalEndpoint.MODEL, "--endpoint",
                    endpoint.baseUrl(), "--price", LocalEndpoint.MODEL + "=2,0.5,8", "--programs",
                    fixture.programs.get(0).name() + "," + fixture.programs.get(1).name(), "--runs-dir",
                    dir.resolve("runs").toString(), "--run-id", INTERRUPTED);
            waitForAgentContainerOfT1(runDir, ramp);
            // stopped while the slow call is at the endpoint: the one call of T1 that was in flight
            int slow = script.size() - finishEachLaterStage().size();
            waitForCalls(endpoint, slow, ramp);
            ramp.destroy();
            assertThat(ramp.waitFor(120, TimeUnit.SECONDS)).as("ramp stops on SIGTERM").isTrue();
            String log = Files.readString(dir.resolve("ramp.log"));
            assertThat(log).contains("interrupted").contains("ramp run --resume");
            assertThat(fixture.docker.containersLabelled(DockerEngine.RUN_LABEL, INTERRUPTED)).isEmpty();
            RunResult stopped = RunResults.readRun(runDir.resolve("run.json"));
            assertThat(stopped.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(stopped.stages()).extracting(StageResult::id).containsExactly("T0");
            assertThat(stopped.metrics()).isNull();
            StageResult t0 = stopped.stages().get(0);
            RunFixture.assertKeyNowhere(runDir, log);
            int served = endpoint.calls();

            // the run folder alone is enough to go on: settings, price and budgets are in it, the key in the environment
            Process resume = ramp(jar, "run", "--resume", runDir.toString());
            assertThat(resume.waitFor(600, TimeUnit.SECONDS)).isTrue();
            assertThat(resume.exitValue()).as(Files.readString(dir.resolve("ramp.log"))).isZero();
            RunResult resumed = RunResults.readRun(runDir.resolve("run.json"));
            assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(resumed.stages()).hasSize(6);
            assertThat(resumed.stages().get(0)).isEqualTo(t0);
            assertThat(endpoint.calls() - served).as("calls served after the resume; its log:\n%s",
                    Files.readString(dir.resolve("ramp.log"))).isEqualTo(5);
            // every call the endpoint served counts, the interrupted attempt of T1 included
            assertThat(resumed.totals().usage().calls()).isEqualTo(endpoint.calls());
            assertThat(resumed.metrics()).isNotNull();
            fixture.assertNoContainers(INTERRUPTED);
        }
    }

    private Process ramp(Path jar, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("ramp.log").toFile());
        builder.environment().put("OPENAI_API_KEY", RunFixture.KEY);
        builder.environment().put("RAMP_HOME", RepositoryPaths.home().toString());
        return builder.start();
    }

    @Test
    void sigintDuringGradingLeavesNoResultNoContainerAndTheStageIsGradedAgain() throws Exception {
        Path runDir = dir.resolve("runs/" + GRADED);
        List<CannedResponse> first = new ArrayList<>(fixture.solveT0());
        first.add(RunFixture.finish("t1-done"));
        try (LocalEndpoint endpoint = LocalEndpoint.start(first)) {
            Process ramp = start(endpoint, GRADED);
            waitForContainer(runDir, ramp, GRADED, "grade", "T0");
            new ProcessBuilder("kill", "-INT", String.valueOf(ramp.pid())).start().waitFor();
            assertThat(ramp.waitFor(120, TimeUnit.SECONDS)).as("ramp stops on SIGINT").isTrue();
            String log = Files.readString(dir.resolve("ramp.log"));
            assertThat(log).contains("interrupted");
            assertThat(fixture.docker.containersLabelled(DockerEngine.RUN_LABEL, GRADED)).as("in any state").isEmpty();
            RunResult stopped = RunResults.readRun(runDir.resolve("run.json"));
            assertThat(stopped.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(stopped.stages()).extracting(StageResult::id).containsExactly("T0");
            assertThat(runDir.resolve("stages/T1.json")).as("a stage cut short is not a result").doesNotExist();
        }
        List<CannedResponse> rest = new ArrayList<>(List.of(RunFixture.finish("t1-again")));
        rest.addAll(finishEachLaterStage().subList(1, 5));
        try (LocalEndpoint endpoint = LocalEndpoint.start(rest)) {
            RunResult resumed = new Orchestrator(fixture.docker, fixture.toolchain, Progress.SILENT)
                    .run(fixture.config(runDir, endpoint));
            assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(resumed.stages()).hasSize(6);
            assertThat(resumed.stages().get(1).cases()).as("T1 graded again").hasSize(2);
            fixture.assertNoContainers(GRADED);
        }
    }

    private Process start(LocalEndpoint endpoint, String runId) throws java.io.IOException {
        Path jar = RepositoryPaths.home().resolve("engine/target/ramp.jar");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString(), "run", "--agent", "builtin",
                "--model", LocalEndpoint.MODEL, "--endpoint", endpoint.baseUrl(), "--price",
                LocalEndpoint.MODEL + "=2,0.5,8", "--programs", fixture.programs.get(0).name() + ","
                + fixture.programs.get(1).name(), "--runs-dir", dir.resolve("runs").toString(), "--run-id",
                runId).redirectErrorStream(true).redirectOutput(dir.resolve("ramp.log").toFile());
        builder.environment().put("OPENAI_API_KEY", RunFixture.KEY);
        builder.environment().put("RAMP_HOME", RepositoryPaths.home().toString());
        return builder.start();
    }

    /** Waits until stage {@code after} has a result and a container of the given purpose runs. */
    private static void waitForContainer(Path runDir, Process ramp, String runId, String purpose, String after)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && ramp.isAlive()) {
            boolean running = fixture.docker.containersLabelled(DockerEngine.RUN_LABEL, runId).stream()
                    .anyMatch(c -> purpose.equals(c.getLabels().get(DockerEngine.LABEL)) && "running".equals(c.getState()));
            if (Files.exists(runDir.resolve("stages/" + after + ".json")) && running) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + purpose + " container after " + after + "; alive=" + ramp.isAlive());
    }

    /** Until the endpoint has been asked {@code count} calls (the last of them still unanswered, when it is slow). */
    private static void waitForCalls(LocalEndpoint endpoint, int count, Process ramp) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && ramp.isAlive() && endpoint.calls() < count) {
            Thread.sleep(100);
        }
        assertThat(endpoint.calls()).as("calls asked before the interruption").isEqualTo(count);
    }

    private static void waitForAgentContainerOfT1(Path runDir, Process ramp) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && ramp.isAlive()) {
            boolean agentRunning = fixture.docker.containersLabelled(DockerEngine.RUN_LABEL, INTERRUPTED).stream()
                    .anyMatch(c -> "agent".equals(c.getLabels().get(DockerEngine.LABEL)) && "running".equals(c.getState()));
            if (Files.exists(runDir.resolve("stages/T0.json")) && agentRunning) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("T1's agent container never started; is ramp running? alive=" + ramp.isAlive());
    }
}
