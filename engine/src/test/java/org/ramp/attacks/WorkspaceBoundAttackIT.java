package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.results.FailureClass;
import org.ramp.results.StageResult;
import org.ramp.run.RunFixture;

/**
 * The agent fills its workspace: a 3 GB file, a 3 GB sparse file. The workspace is bounded (here 64 MiB, to
 * be quick; 2 GiB by default): the writes stop at the bound, a stage whose workspace is over it fails as
 * tooling with the bound and the size named, is not graded, and leaves the host the workspace it started
 * with; the run folder never takes more disk than the bound, and no sparse file is written out densely.
 */
class WorkspaceBoundAttackIT {
    private static final long QUOTA = 64L << 20;
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

    private AttackSession.Outcome run(String name, List<CannedResponse> script) throws Exception {
        Path runDir = dir.resolve(name);
        return AttackSession.run(fixture, endpoint -> fixture.config(runDir, endpoint).withWorkspaceQuota(QUOTA), 2,
                script);
    }

    @Test
    void aThreeGigabyteFileStopsAtTheBoundAndItsStageFailsAsTooling() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("big", "echo kept-before > before.txt; head -c 3G /dev/zero | tr '\\0' x > big.bin;"
                + " echo write=$?; ls -l big.bin"));
        script.add(finish("t0-done"));
        script.add(shell("t1-look", "ls; cat before.txt 2>&1"));
        script.add(finish("t1-done"));
        AttackSession.Outcome run = run("dense", script);

        assertThat(run.toolResult("big")).contains("No space left on device");
        StageResult t0 = run.stage("T0");
        assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.TOOLING);
        assertThat(t0.failure().evidence()).anyMatch(e -> e.startsWith("the workspace is over its bound of 64.0 MiB"
                + " (67108864 bytes") && e.contains("big.bin: ") && e.contains("the host keeps the workspace the"
                + " stage started with"));
        assertThat(t0.cases()).as("not graded").isEmpty();
        assertHostWorkspaceIsTheStartingOne(run);
        assertThat(run.toolResult("t1-look")).as("the next stage starts from it").doesNotContain("big.bin")
                .doesNotContain("kept-before").contains("CMakeLists.txt");
    }

    @Test
    void aThreeGigabyteSparseFileIsRefusedAndNothingIsWrittenOutDensely() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("sparse", "truncate -s 3G sparse.img && du -k --apparent-size sparse.img && du -k sparse.img"));
        script.add(finish("t0-done"));
        // within the bound, a sparse file comes back sparse
        script.add(shell("t1-sparse", "truncate -s 40M holes.img && printf end >> holes.img && du -k holes.img"));
        script.add(finish("t1-done"));
        AttackSession.Outcome run = run("sparse", script);

        assertThat(run.toolResult("sparse")).contains("3145728\tsparse.img").contains("0\tsparse.img");
        StageResult t0 = run.stage("T0");
        assertThat(t0.failure().failureClass()).isEqualTo(FailureClass.TOOLING);
        assertThat(t0.failure().evidence()).anyMatch(e -> e.contains("over its bound of 64.0 MiB (67108864 bytes")
                && e.contains("sparse.img: 3221225472 bytes would go over the bound"));
        assertThat(run.runDir().resolve("workspace/sparse.img")).doesNotExist();
        Path holes = run.runDir().resolve("workspace/holes.img");
        assertThat(Files.size(holes)).isEqualTo((40L << 20) + 3);
        assertThat(allocated(holes)).as("blocks of holes.img on the host").isLessThan(1 << 20);
        assertThat(allocated(run.runDir())).as("the run folder's disk").isLessThan(QUOTA);
    }

    /** T0's over-bound workspace was not brought back: the host has what T0 started with, TASK.md aside. */
    private static void assertHostWorkspaceIsTheStartingOne(AttackSession.Outcome run) throws IOException {
        Path workspace = run.runDir().resolve("workspace");
        assertThat(workspace.resolve("big.bin")).doesNotExist();
        assertThat(workspace.resolve("before.txt")).doesNotExist();
        assertThat(workspace.resolve("CMakeLists.txt")).exists();
        assertThat(allocated(run.runDir())).as("the run folder's disk").isLessThan(QUOTA);
        try (var siblings = Files.list(run.runDir())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".workspace"));
        }
    }

    /** Bytes on disk (du), holes not counted. */
    private static long allocated(Path path) {
        try {
            Process du = new ProcessBuilder("du", "-s", "-B1", path.toString()).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            du.waitFor();
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
