package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.ramp.results.InputSource;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunStatus;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;

/**
 * A run driven one step at a time, each step its own {@code ramp} process, as a Jenkins Pipeline drives
 * it: the settings, the budgets left, the conversation and the resurrections are all in the run folder.
 */
class StageStepsIT {
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

    private record Step(int status, String out, String err) {
    }

    private Step ramp(LocalEndpoint endpoint, String... args) throws IOException, InterruptedException {
        Path jar = RepositoryPaths.home().resolve("engine/target/ramp.jar");
        assertThat(jar).as("the engine jar (mvn package builds it before the integration tests)").exists();
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        if (args[0].equals("start")) {
            command.addAll(List.of("--agent", "builtin", "--model", LocalEndpoint.MODEL, "--endpoint",
                    endpoint.baseUrl(), "--price", LocalEndpoint.MODEL + "=2,0.5,8", "--max-calls", "7", "--programs",
                    fixture.programs.get(0).name() + "," + fixture.programs.get(1).name()));
        }
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("OPENAI_API_KEY", RunFixture.KEY);
        builder.environment().put("RAMP_HOME", RepositoryPaths.home().toString());
        Process process = builder.start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
        return new Step(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aRunDrivenStepByStepKeepsEverythingInItsFolder() throws Exception {
        Path run = dir.resolve("gpt");
        String publicCase = fixture.programs.get(0).name();
        List<CannedResponse> script = new ArrayList<>(fixture.solveT0());
        script.add(shell("t1-vandal", "rm -f tests/cases/*/tokens.txt"));
        script.add(finish("t1-done"));
        script.add(finish("t2-done"));
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            Step start = ramp(endpoint, "start", "--run-dir", run.toString());
            assertThat(start.status()).as(start.err()).isZero();
            assertThat(start.out().strip()).isEqualTo(run.toString());
            assertThat(RunResults.readRun(run.resolve("run.json")).settings().price()).containsEntry("output", 8.0);

            Step again = ramp(endpoint, "start", "--run-dir", run.toString());
            assertThat(again.status()).as(again.err()).isZero();
            assertThat(again.err()).contains("found again");

            Step tooEarly = ramp(endpoint, "stage", "--run-dir", run.toString(), "--stage", "T1");
            assertThat(tooEarly.status()).isEqualTo(2);
            assertThat(tooEarly.err()).contains("T1 cannot run before T0");

            Step t0 = ramp(endpoint, "stage", "--run-dir", run.toString(), "--stage", "T0", "--json");
            assertThat(t0.status()).as(t0.err()).isZero();
            StageResult t0Result = RunResults.json().readValue(t0.out(), StageResult.class);
            assertThat(t0Result.status()).isEqualTo(StageStatus.PASSED);
            assertThat(endpoint.calls()).isEqualTo(4);

            Step t0Again = ramp(endpoint, "stage", "--run-dir", run.toString(), "--stage", "T0");
            assertThat(t0Again.status()).isZero();
            assertThat(t0Again.err()).contains("T0 has a result already");
            assertThat(endpoint.calls()).as("a stage with a result is not run again").isEqualTo(4);

            Step passedResurrection = ramp(endpoint, "resurrect", "--run-dir", run.toString(), "--stage", "T0");
            assertThat(passedResurrection.status()).isEqualTo(2);
            assertThat(passedResurrection.err()).contains("T0 passed; only a failed stage is resurrected");

            Step t1 = ramp(endpoint, "stage", "--run-dir", run.toString());
            assertThat(t1.status()).as(t1.err()).isZero();
            assertThat(t1.out()).startsWith("T1 lexer: failed");
            assertThat(run.resolve("workspace/tests/cases/" + publicCase + "/tokens.txt")).doesNotExist();
            // one conversation across the processes: T1's first call carries T0's turns
            assertThat(endpoint.requests().get(4).body()).contains("t0-1").contains("# Stage T1");

            Step resurrect = ramp(endpoint, "resurrect", "--run-dir", run.toString(), "--stage", "T1");
            assertThat(resurrect.status()).as(resurrect.err()).isZero();
            assertThat(run.resolve("workspace/tests/cases/" + publicCase + "/tokens.txt"))
                    .hasSameBinaryContentAs(fixture.golden.programDir(publicCase).resolve("tokens.txt"));

            Step t2 = ramp(endpoint, "stage", "--run-dir", run.toString(), "--stage", "T2");
            assertThat(t2.status()).as(t2.err()).isZero();
            RunResult afterT2 = RunResults.readRun(run.resolve("run.json"));
            assertThat(afterT2.stages()).extracting(StageResult::id).containsExactly("T0", "T1", "T2");
            assertThat(afterT2.stages().get(2).inputs()).isEqualTo(InputSource.RESURRECTION);
            assertThat(afterT2.stages().get(1).resurrected()).isTrue();
            assertThat(afterT2.status()).isEqualTo(RunStatus.RUNNING);

            // the run's call budget (7) holds across processes: 7 were made, T3 is refused at once
            Step t3 = ramp(endpoint, "stage", "--run-dir", run.toString());
            assertThat(t3.status()).as(t3.err()).isZero();
            assertThat(endpoint.calls()).isEqualTo(7);
            StageResult t3Result = RunResults.readStage(run.resolve("stages/T3.json"));
            assertThat(t3Result.agent().stopReason()).isEqualTo("budget-calls");

            Step finish = ramp(endpoint, "finish", "--run-dir", run.toString());
            assertThat(finish.status()).as(finish.err()).isZero();
            RunResult done = RunResults.readRun(run.resolve("run.json"));
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.stages()).hasSize(6);
            assertThat(done.stages().subList(4, 6)).allMatch(s -> s.status() == StageStatus.NOT_REACHED);
            assertThat(done.metrics()).isNotNull();
            assertThat(done.totals().usage().calls()).isEqualTo(7);
            assertThat(run.resolve("junit.xml")).exists();
            assertThat(run.resolve("report.html")).exists();
            fixture.assertNoContainers("gpt");
            RunFixture.assertKeyNowhere(run, start.err(), t0.err(), t1.err(), t2.err(), t3.err(), finish.out());
        }
    }

    @Test
    void startingARunAgainWithOtherSettingsNamesThem() throws Exception {
        Path run = dir.resolve("mixed");
        try (LocalEndpoint endpoint = LocalEndpoint.start(List.of())) {
            assertThat(ramp(endpoint, "start", "--run-dir", run.toString()).status()).isZero();
            Step other = ramp(endpoint, "start", "--run-dir", run.toString(), "--mode", "strict");
            assertThat(other.status()).isEqualTo(2);
            assertThat(other.err()).contains("--mode: the run has chain, asked strict").doesNotContain("Exception");
            Path notARun = Files.createDirectories(dir.resolve("not-a-run"));
            Files.writeString(notARun.resolve("x"), "x", StandardCharsets.UTF_8);
            Step foreign = ramp(endpoint, "start", "--run-dir", notARun.toString());
            assertThat(foreign.status()).isEqualTo(2);
            assertThat(foreign.err()).contains("is not a run folder");
        }
    }
}
