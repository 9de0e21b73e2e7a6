package org.ramp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.ToolchainForTests;
import org.ramp.sandbox.JobResult.Outcome;

/** The job runner in a real container: bounds, dependencies, isolation and clean-up. */
class JobRunnerIT {
    private static DockerEngine docker;
    private static String image;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        docker = DockerEngine.connect();
        image = ToolchainForTests.image(docker).tag();
    }

    @AfterAll
    static void close() {
        docker.close();
    }

    @Test
    void runsJobsWithTheirBoundsAndReportsEachOutcome() throws Exception {
        Path data = SharedDirs.create(dir.resolve("data"));
        Files.writeString(data.resolve("in.txt"), "21\n");
        String label = "job-runner-it-" + System.nanoTime();
        JobBatch batch = new JobBatch()
                .add("a", Job.of("echo", "/ramp/data", "read x; echo $((x * 2)); echo oops >&2; exit 3", 10, 100)
                        .withStdin("/ramp/data/in.txt"))
                .add("a", Job.of("after-failure", "/", "echo never", 10, 100).after("echo"))
                .add("b", Job.of("sleepy", "/", "sleep 30", 1, 100))
                .add("c", Job.of("flood", "/", "yes | head -c 50000", 10, 1000))
                .add("d", Job.of("log", "/", "echo to-the-log; exit 0", 10, Job.LOG_ONLY))
                .add("d", Job.of("whoami", "/", "id -u", 10, 100).after("log"))
                .add("e", Job.of("network", "/", "timeout 5 bash -c 'echo > /dev/tcp/1.1.1.1/80' && echo reached", 10, 100))
                .add("e", Job.of("file-bound", "/ramp/data", "head -c 2000000000 /dev/zero > big; echo $?", 60, 100))
                .add("f", Job.of("tamper", "/", "echo 'exit 0' > /ramp/batch/results/never-added.status; echo $?", 10, 100))
                .add("f", Job.of("linger", "/ramp/data", "(sleep 3; touch /ramp/data/lingered) >/dev/null 2>&1 & echo started", 10, 100))
                .add("f", Job.of("after-linger", "/ramp/data", "sleep 5; test -e lingered && echo alive || echo dead", 10, 100))
                .first(Job.of("prepare", "/ramp/data", "echo prepared > prepared.txt", 10, 100))
                .add("g", Job.of("uses-prepared", "/ramp/data", "cat prepared.txt", 10, 100).after("prepare"));
        ContainerProfile profile = ContainerProfile.offline(image, "test").withLabel(DockerEngine.LABEL, label);
        BatchResult result = new JobRunner(docker, profile).run(batch, dir.resolve("batch"),
                List.of(Mount.readWrite(data, "/ramp/data")), 2, Duration.ofMinutes(5));

        JobResult echo = result.get("echo");
        assertThat(echo.outcome()).isEqualTo(Outcome.EXITED);
        assertThat(echo.exitCode()).isEqualTo(3);
        assertThat(echo.stdoutText()).isEqualTo("42\n");
        assertThat(echo.stderrTail()).isEqualTo("oops\n");
        assertThat(result.get("after-failure").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(result.get("sleepy").outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(result.get("sleepy").seconds()).isLessThan(10);
        assertThat(result.get("flood").outcome()).isEqualTo(Outcome.OUTPUT_LIMIT);
        assertThat(result.get("flood").stdout()).hasSize(1001);
        assertThat(result.get("log").succeeded()).isTrue();
        assertThat(result.get("log").stderrTail()).isEqualTo("to-the-log\n");
        assertThat(Integer.parseInt(result.get("whoami").stdoutText().strip())).isBetween(1000, 1001);
        assertThat(result.get("tamper").stdoutText().strip()).isNotEqualTo("0");
        assertThat(result.get("after-linger").stdoutText()).isEqualTo("dead\n");
        assertThat(result.get("uses-prepared").stdoutText()).isEqualTo("prepared\n");
        assertThat(result.get("network").stdoutText()).doesNotContain("reached");
        assertThat(result.get("file-bound").stdoutText().strip()).isNotEqualTo("0");
        assertThat(result.get("never-added").outcome()).isEqualTo(Outcome.MISSING);
        assertThat(docker.labelledContainers(label)).isEmpty();
    }

    @Test
    void aContainerThatOutlivesItsTimeoutIsKilledAndRemoved() {
        String label = "job-runner-timeout-" + System.nanoTime();
        ContainerProfile profile = ContainerProfile.offline(image, "test").withLabel(DockerEngine.LABEL, label);
        JobBatch batch = new JobBatch().add("a", Job.of("forever", "/", "sleep 600", 600, 100));
        BatchResult result = new JobRunner(docker, profile).run(batch, dir.resolve("batch"), List.of(), 1,
                Duration.ofSeconds(3));
        assertThat(result.container().timedOut()).isTrue();
        assertThat(result.get("forever").outcome()).isEqualTo(Outcome.MISSING);
        assertThat(docker.labelledContainers(label)).isEmpty();
    }
}
