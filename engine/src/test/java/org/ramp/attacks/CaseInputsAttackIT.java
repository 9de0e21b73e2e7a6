package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;
import org.ramp.workload.Artifacts;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;

/**
 * Issue 6: a case's stdin sat next to the stage's input, where the stage's program could read it, and
 * any case could read another's input. Now each case's program is handed its own input alone; the
 * stdin is opened by the runner for the compiled program's run, never readable by any step.
 */
class CaseInputsAttackIT {
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
    void theProgramReadsItsOwnInputOnlyNeitherItsStdinNorAnotherCase() {
        TestProgram one = bench.withStdin(Visibility.PUBLIC);
        TestProgram two = bench.withStdin(Visibility.HIDDEN);
        // the irgen hands in a trivial module, with what it could read as comments
        String script = """
                in=$2; out=$4; me=$(basename "$(dirname "$in")")
                if [ "$me" = "%1$s" ]; then other=%2$s; else other=%1$s; fi
                {
                  echo "; own input: $(head -c 20 "$in" | tr -d '\\n')"
                  echo "; own stdin: $(head -c 40 /ramp/in/$me/input.txt 2>&1 | tr '\\n' ' ')"
                  echo "; other input: $(head -c 40 /ramp/in/$other/ast.json 2>&1 | tr '\\n' ' ')"
                  echo "; other stdin: $(head -c 40 /ramp/in/$other/input.txt 2>&1 | tr '\\n' ' ')"
                  echo "; listing: $(ls /ramp/in 2>&1 | tr '\\n' ' ')"
                  echo 'define i32 @main() {'
                  echo '  ret i32 0'
                  echo '}'
                } > "$out"
                """.formatted(one.name(), two.name());
        Path workspace = bench.workspace(dir, AttackBench.scriptSysyc(script));
        StageGrader.Outcome outcome = bench.grade("T3", List.of(one, two), workspace, dir);

        for (TestProgram program : List.of(one, two)) {
            String seen = AttackBench.read(dir.resolve("outputs").resolve(program.name()).resolve(Artifacts.IR));
            assertThat(seen).contains("; own input: {").as(program.name());
            assertThat(seen.lines().filter(line -> line.startsWith("; own stdin") || line.startsWith("; other")
                    || line.startsWith("; listing"))).hasSize(4)
                    .allSatisfy(line -> assertThat(line).contains("Permission denied"));
            TestProgram other = program == one ? two : one;
            assertThat(seen).doesNotContain(AttackBench.read(other.stdin().orElseThrow()).strip().lines()
                    .findFirst().orElseThrow());
        }
        // the compiled programs still got their stdin: they ran and were compared (and differ: exit 0)
        assertThat(AttackBench.caseOf(outcome, one).reason()).startsWith("exit status 0");
        assertThat(outcome.violations()).isEmpty();
    }
}
