package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.run.StageGrader;
import org.ramp.util.Hashing;

/**
 * Issue 6: a sysyc replaced its output with a link to the host's golden file (the host path read from
 * /proc/self/mountinfo) and the host followed it. Now the grade container has no host folder mounted,
 * an output is sealed only when it is a regular file, and the host accepts only regular files.
 */
class LinkToGoldenAttackIT {
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

    /**
     * The visible case links its output to the golden file (at the path the mount table shows, or the
     * host's real one, as a perfect guess); the hidden case writes what the mount table shows of the host.
     */
    private static String script(String file) {
        return """
                out=$4
                name=$(basename "$(dirname "$2")")
                seen=$(grep -o '[^ ]*/golden' /proc/self/mountinfo | head -1)
                # and the output's own folder swapped for a link, which the folder's parent does not allow
                ln -sfn %1$s/programs "$(dirname "$out")/../swapped" 2>/dev/null
                if [ "$name" = "%2$s" ]; then
                  ln -s "${seen:-%1$s}/programs/$name/%3$s" "$out"
                else
                  { echo "mount table: ${seen:-no golden folder}"; cat /proc/self/mountinfo; } > "$out"
                fi
                """.formatted(RepositoryPaths.golden(), bench.visible.name(), file);
    }

    @Test
    void theParserCannotHandInTheGoldenAstThroughALink() throws Exception {
        assertLinkFails("T2", "ast.json");
    }

    @Test
    void theLexerCannotHandInTheGoldenTokensThroughALink() throws Exception {
        assertLinkFails("T1", "tokens.txt");
    }

    private void assertLinkFails(String stage, String file) throws Exception {
        Path goldenFile = bench.golden.programDir(bench.visible.name()).resolve(file);
        String before = Hashing.sha256(goldenFile);
        Path workspace = bench.workspace(dir, AttackBench.scriptSysyc(script(file)));
        StageGrader.Outcome outcome = bench.grade(stage, workspace, dir);

        assertThat(outcome.build()).isEqualTo("ok");
        assertThat(AttackBench.caseOf(outcome, bench.visible).score()).isZero();
        assertThat(AttackBench.caseOf(outcome, bench.visible).reason())
                .isEqualTo("the output " + file + " is a symbolic link; write a regular file");
        assertThat(outcome.score().score()).isZero();
        assertThat(dir.resolve("outputs").resolve(bench.visible.name()).resolve(file)).doesNotExist();
        // what the hidden case saw of the mount table: no host folder, so nothing to aim a link at
        String seen = AttackBench.read(dir.resolve("outputs").resolve(bench.hidden.name()).resolve(file));
        assertThat(seen).startsWith("mount table: no golden folder")
                .doesNotContain(RepositoryPaths.home().toString()).doesNotContain(dir.toString());
        assertThat(Hashing.sha256(goldenFile)).isEqualTo(before);
    }
}
