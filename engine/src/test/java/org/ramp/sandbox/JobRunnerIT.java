package org.ramp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.ToolchainForTests;
import org.ramp.sandbox.JobResult.Outcome;

/** The job runner in a real container: bounds, dependencies, isolation of steps, sealing and clean-up. */
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

    private ContainerProfile profile(String label) {
        return ContainerProfile.offline(image, "test").withLabel(DockerEngine.LABEL, label);
    }

    @Test
    void runsJobsWithTheirBoundsAndReportsEachOutcome() throws Exception {
        String in = BatchInputs.input("a", "in.txt");
        BatchInputs files = new BatchInputs().bytes(in, "21\n".getBytes(StandardCharsets.UTF_8));
        String label = "job-runner-it-" + System.nanoTime();
        JobBatch batch = new JobBatch()
                .add("a", Job.inOwnFolder("echo", "read x; echo $((x * 2)); echo oops >&2; exit 3", 10, 100)
                        .withStdin(in))
                .add("a", Job.inOwnFolder("after-failure", "echo never", 10, 100).after("echo"))
                .add("b", Job.inOwnFolder("sleepy", "sleep 30", 1, 100))
                .add("c", Job.inOwnFolder("flood", "yes | head -c 50000", 10, 1000))
                .add("d", Job.inOwnFolder("log", "echo to-the-log; exit 0", 10, Job.LOG_ONLY))
                .add("d", Job.inOwnFolder("whoami", "id -u; id -G", 10, 100).after("log"))
                .add("e", Job.inOwnFolder("network", "timeout 5 bash -c 'echo > /dev/tcp/1.1.1.1/80' && echo reached",
                        10, 100))
                .add("e", Job.inOwnFolder("file-bound", "head -c 2000000000 /dev/zero > big; echo $?", 60, 100))
                .add("f", Job.inOwnFolder("tamper", "echo x > /ramp/export/results/never-added.jsonl; echo $?", 10, 100))
                .add("f", Job.inOwnFolder("linger", "(exec sleep 37 &) ; echo started", 10, 100))
                .add("f", Job.inOwnFolder("after-linger", "ps -eo args= | grep -c '^sleep 37$'; true", 10, 100))
                .add("h", Job.inOwnFolder("fork-bomb", "bomb() { bomb | bomb & }; bomb; sleep 20", 4, 100))
                .add("h", Job.inOwnFolder("after-bomb", "echo still here; ps -eo stat=,args= | grep -v '^Z' | grep -c '[b]omb()'; true", 10, 100))
                .first(Job.inOwnFolder("prepare", "echo prepared > prepared.txt", 10, 100).producing("prepared.txt"))
                .add("g", Job.inOwnFolder("uses-prepared", "cat " + Job.sealed("prepare", "prepared.txt"), 10, 100)
                        .granting(Job.sealed("prepare", "prepared.txt")).after("prepare"));
        BatchResult result = new JobRunner(docker, profile(label)).run(batch, files, dir.resolve("results"), 2,
                Duration.ofMinutes(5));

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
        // its own uid and gid, no supplementary group: not the toolchain's
        String[] ids = result.get("whoami").stdoutText().strip().split("\n");
        assertThat(Long.parseLong(ids[0])).isGreaterThanOrEqualTo(0x10000000L);
        assertThat(ids[1].strip()).isEqualTo(ids[0]);
        assertThat(result.get("tamper").stdoutText().strip()).isNotEqualTo("0");
        assertThat(result.get("after-linger").stdoutText()).isEqualTo("0\n");
        assertThat(result.get("uses-prepared").stdoutText()).isEqualTo("prepared\n");
        // a fork bomb stops at its own process limit and is killed whole: the next step runs as usual
        assertThat(result.get("fork-bomb").outcome()).isEqualTo(Outcome.TIMED_OUT);
        String[] after = result.get("after-bomb").stdoutText().split("\n");
        assertThat(after[0]).isEqualTo("still here");
        assertThat(after[1].strip()).isEqualTo("0");
        assertThat(result.output("prepare", "prepared.txt")).isPresent();
        assertThat(result.get("network").stdoutText()).doesNotContain("reached");
        assertThat(result.get("file-bound").stdoutText().strip()).isNotEqualTo("0");
        assertThat(result.get("never-added").outcome()).isEqualTo(Outcome.MISSING);
        docker.awaitRemovals();
        assertThat(docker.labelledContainers(label)).isEmpty();
    }

    @Test
    void eachStepSeesOnlyWhatItIsGivenAndOnlyRegularFilesAreSealed() throws Exception {
        BatchInputs files = new BatchInputs().bytes(BatchInputs.input("a", "secret.txt"), "a's input".getBytes())
                .bytes(BatchInputs.input("b", "secret.txt"), "b's input".getBytes());
        String label = "job-runner-isolation-" + System.nanoTime();
        JobBatch batch = new JobBatch()
                .first(Job.inOwnFolder("writer", "echo mine > keep.txt; ln -s /etc/passwd link.txt; mkfifo pipe.txt;"
                        + " head -c 3000 /dev/zero > big.txt; chmod 4755 keep.txt", 10, 100)
                        .producing("keep.txt", "link.txt", "pipe.txt", "big.txt", "missing.txt").maxFileBytes(2000))
                .add("a", Job.inOwnFolder("reader-a", "cat " + BatchInputs.input("a", "secret.txt") + "; cat "
                        + BatchInputs.input("b", "secret.txt") + " 2>&1; ls /ramp/steps 2>&1; cat /proc/self/mountinfo",
                        10, 100_000).granting(BatchInputs.input("a", "secret.txt")))
                .add("b", Job.inOwnFolder("reader-b", "echo x >> " + Job.sealed("writer", "keep.txt") + " 2>&1;"
                        + " cat " + Job.sealed("writer", "keep.txt") + " 2>&1; echo y > /tmp/t 2>&1; true", 10, 1000));
        BatchResult result = new JobRunner(docker, profile(label)).run(batch, files, dir.resolve("results"), 2,
                Duration.ofMinutes(5));

        String a = result.get("reader-a").stdoutText();
        assertThat(a).startsWith("a's input").doesNotContain("b's input").contains("Permission denied");
        // no host folder is mounted: only Docker's own files (its storage, /etc/hostname, docker-init) show
        assertThat(a).doesNotContain(dir.toString()).doesNotContain(org.ramp.RepositoryPaths.golden().toString());
        a.lines().filter(line -> line.contains(" - ext4 ") || line.contains(" - xfs ") || line.contains(" - btrfs "))
                .forEach(line -> assertThat(line).containsAnyOf("/var/lib/docker/", "docker-init"));
        assertThat(a).contains("/ramp/steps").contains("noexec");
        JobResult writer = result.get("writer");
        assertThat(writer.refused()).containsEntry("link.txt", "a symbolic link; write a regular file")
                .containsEntry("pipe.txt", "not a regular file").containsEntry("missing.txt", "not written")
                .containsEntry("big.txt", "3000 bytes, over the limit of 2000 bytes").doesNotContainKey("keep.txt");
        Path kept = result.output("writer", "keep.txt").orElseThrow();
        assertThat(Files.readString(kept)).isEqualTo("mine\n");
        assertThat(result.output("writer", "link.txt")).isEmpty();
        String b = result.get("reader-b").stdoutText();
        assertThat(b).contains("Permission denied").doesNotContain("mine");
        Set<String> seen = new HashSet<>(result.refused());
        assertThat(seen).isEmpty();
        docker.awaitRemovals();
        assertThat(docker.labelledContainers(label)).isEmpty();
    }

    @Test
    void aContainerThatOutlivesItsTimeoutIsKilledAndRemoved() {
        String label = "job-runner-timeout-" + System.nanoTime();
        JobBatch batch = new JobBatch().add("a", Job.inOwnFolder("forever", "sleep 600", 600, 100));
        BatchResult result = new JobRunner(docker, profile(label)).run(batch, new BatchInputs(), dir.resolve("results"),
                1, Duration.ofSeconds(3));
        assertThat(result.container().timedOut()).isTrue();
        assertThat(result.get("forever").outcome()).isEqualTo(Outcome.MISSING);
        docker.awaitRemovals();
        assertThat(docker.labelledContainers(label)).isEmpty();
    }
}
