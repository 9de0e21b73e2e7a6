package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.run.StageGrader;

/**
 * Issue 6: the grading copy doubled a 3 GB file and made a 3 GB sparse file dense. The workspace now
 * goes into the grade container as a bounded tar stream written from the workspace itself (no host
 * copy): a file over the bound, sparse or not, fails the stage with the reason before anything is
 * written; a link in the workspace is copied as a link, never followed to the host's files.
 */
class WorkspaceCopyAttackIT {
    private static AttackBench bench;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        bench = new AttackBench();
    }

    @AfterAll
    static void tearDown() {
        bench.close();
    }

    @Test
    void aSparseFileOverTheBoundFailsTheStageWithTheReason() throws Exception {
        Path workspace = bench.workspace(dir, Map.of());
        try (RandomAccessFile file = new RandomAccessFile(workspace.resolve("huge.bin").toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        long free = Files.getFileStore(dir).getUsableSpace();
        StageGrader.Outcome outcome = bench.grade("T1", workspace, dir);
        assertThat(outcome.build()).isEqualTo("failed");
        assertThat(outcome.buildLog()).startsWith("the workspace cannot be graded: ramp/work/huge.bin is 3221225472"
                + " bytes (its apparent size: sparse files count in full)");
        assertThat(outcome.score().score()).isZero();
        // nothing was made dense on the way (a little slack for whatever else the machine writes)
        assertThat(Files.getFileStore(dir).getUsableSpace()).isGreaterThan(free - (1L << 30));
    }

    @Test
    void aLinkToTheHostIsCopiedAsALinkAndLeadsNowhere() {
        // the link's target exists only on the host: inside the container it points at nothing
        Map<String, String> files = AttackBench.scriptSysyc("cat golden-link/" + bench.visible.name()
                + "/tokens.txt > \"$4\" 2>&1; readlink golden-link >> \"$4\"\n");
        Path workspace = bench.workspace(dir, files);
        try {
            Files.createSymbolicLink(workspace.resolve("golden-link"), RepositoryPaths.golden().resolve("programs"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StageGrader.Outcome outcome = bench.grade("T1", workspace, dir);
        String out = AttackBench.read(dir.resolve("outputs").resolve(bench.visible.name()).resolve("tokens.txt"));
        assertThat(out).contains("No such file or directory").doesNotContain("Loc=<");
        assertThat(AttackBench.caseOf(outcome, bench.visible).score()).isZero();
    }
}
