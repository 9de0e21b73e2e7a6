package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.results.FailureClass;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunStatus;
import org.ramp.results.StageResult;
import org.ramp.run.Orchestrator;
import org.ramp.run.RunFixture;

/**
 * A hostile agent shapes its workspace to make the host write outside the run or to abort the run: links
 * where resurrection writes, a dangling link, a path longer than PATH_MAX, text that would drive the
 * operator's terminal. The host follows none of it; the run goes on and ends completed.
 */
class WorkspaceAttackIT {
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

    /** JUnit's own clean-up cannot delete paths longer than PATH_MAX; the engine's can. */
    @org.junit.jupiter.api.AfterEach
    void deleteDeepTrees() throws java.io.IOException {
        try (var runs = Files.list(dir)) {
            runs.forEach(org.ramp.util.FileTrees::delete);
        }
    }

    private RunResult run(String name, List<CannedResponse> script, List<String> progress) throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            return new Orchestrator(fixture.docker, fixture.toolchain, progress::add)
                    .run(fixture.config(dir.resolve(name), endpoint));
        }
    }

    @Test
    void aLinkToAHostFolderWhereResurrectionWritesIsReplacedNotFollowed() throws Exception {
        Path host = Files.createDirectories(dir.resolve("root-owned-host-folder"));
        Files.writeString(host.resolve("CMakeLists.txt"), "the host's own file");
        List<CannedResponse> script = new ArrayList<>();
        // T0 fails (the build files are left broken) with runtime/ turned into a link to the host folder
        script.add(shell("t0-link", "rm -rf runtime && ln -s " + host + " runtime && ls -l runtime"));
        script.add(finish("t0-done"));
        // T1 leaves a path longer than PATH_MAX for its grading copy, and prints escape sequences
        script.add(shell("t1-deep", "d=$(printf 'd%.0s' $(seq 200)); for i in $(seq 30); do mkdir $d && cd $d;"
                + " done; pwd | wc -c"));
        script.add(CannedResponse.message("\u001b[2J\u001b]0;owned\u0007 done \u001b[31m", RunFixture.USAGE));
        script.add(finish("t1-done"));
        script.addAll(RunFixture.finishEachLaterStage().subList(1, 5));
        List<String> progress = new ArrayList<>();
        RunResult run = run("linked", script, progress);

        assertThat(host.resolve("CMakeLists.txt")).hasContent("the host's own file");
        try (var files = Files.list(host)) {
            assertThat(files).hasSize(1);
        }
        Path runtime = dir.resolve("linked/workspace/runtime");
        assertThat(Files.isDirectory(runtime, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(runtime.resolve("CMakeLists.txt")).hasSameTextualContentAs(
                fixture.golden.t0Dir().resolve("runtime/CMakeLists.txt"), StandardCharsets.UTF_8);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.stages()).hasSize(6);
        assertThat(run.stages().get(0).resurrected()).isTrue();
        StageResult t1 = run.stages().get(1);
        if (t1.failure() != null) {
            assertThat(t1.failure().failureClass()).as("what the agent left is its own failure")
                    .isNotEqualTo(FailureClass.INFRASTRUCTURE);
        }
        assertThat(String.join("\n", progress)).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("\\x1b[2J");
        assertThat(RunResults.readRun(dir.resolve("linked/run.json")).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aDanglingLinkWhereResurrectionWritesNeitherCrashesTheRunNorIsFollowed() throws Exception {
        Path target = dir.resolve("not-yet-there");
        List<CannedResponse> script = new ArrayList<>();
        // the build files become dangling links (the runtime's sources stay: they are the agent's to keep)
        script.add(shell("t0-dangling", "rm -f runtime/CMakeLists.txt CMakeLists.txt && ln -s " + target
                + " runtime/CMakeLists.txt && ln -s " + target.resolve("top.txt") + " CMakeLists.txt"));
        script.add(finish("t0-done"));
        script.addAll(RunFixture.finishEachLaterStage());
        RunResult run = run("dangling", script, new ArrayList<>());
        assertThat(target).doesNotExist();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.stages()).hasSize(6);
        assertThat(run.stages().get(0).resurrected()).isTrue();
        assertThat(run.stages().get(1).grade().build()).as("the golden build files are in place").isEqualTo("ok");
        fixture.assertNoContainers(run.runId());
    }
}
