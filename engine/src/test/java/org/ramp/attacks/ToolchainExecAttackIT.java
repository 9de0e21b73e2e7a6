package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;

/**
 * Issue 6: a sysyc lex that ran clang -cc1 -dump-tokens scored 100 on T1; opt -O2 and llc would pass
 * T4 and T5. In the grade phase the program under assessment cannot execute the reference toolchain
 * (by name it meets a tripwire that records the attempt; by path the kernel refuses), and the stage
 * scores 0 with the attempt as evidence.
 */
class ToolchainExecAttackIT {
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
     * The visible case runs the tool by name, the hidden one by its real path (and tries to copy it, or
     * have the dynamic loader run it). An attempt by path is seen in what the shell reports on stderr.
     */
    private StageGrader.Outcome attack(String stage, String byName, String byPath) {
        String script = """
                in=$2; out=$4; me=$(basename "$(dirname "$in")")
                if [ "$me" = "%s" ]; then
                  %s
                else
                  cp /usr/lib/llvm-14/bin/clang ./clang-copy 2>&1 | head -1 >&2
                  /lib64/ld-linux-x86-64.so.2 /usr/lib/llvm-14/bin/clang --version >&2
                  %s
                fi
                """.formatted(bench.visible.name(), byName, byPath);
        return bench.grade(stage, bench.workspace(dir, AttackBench.scriptSysyc(script)), dir);
    }

    @Test
    void theLexerCannotRunClangsTokenDump() {
        StageGrader.Outcome outcome = attack("T1", "clang -cc1 -dump-tokens \"$in\" 2> \"$out\"",
                "/usr/lib/llvm-14/bin/clang -cc1 -dump-tokens \"$in\" > \"$out\"");
        assertThat(outcome.score().score()).isZero();
        assertThat(outcome.cases()).allSatisfy(c -> assertThat(c.score()).isZero());
        assertThat(outcome.violations()).contains("build/sysyc lex (case " + bench.visible.name() + ") ran clang -cc1"
                + " -dump-tokens /ramp/in/" + bench.visible.name() + "/source.i, which the stage's rules forbid; it"
                + " was refused");
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc lex (case "
                + bench.hidden.name() + ") tried to run /usr/lib/llvm-14/bin/clang (permission denied"));
    }

    @Test
    void theOptimiserCannotRunOpt() {
        StageGrader.Outcome outcome = attack("T4", "opt -O2 -S \"$in\" -o \"$out\"",
                "/usr/lib/llvm-14/bin/opt -O2 -S \"$in\" -o \"$out\"");
        assertThat(outcome.score().score()).isZero();
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc opt (case "
                + bench.visible.name() + ") ran opt -O2 -S /ramp/in/"));
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc opt (case "
                + bench.hidden.name() + ") tried to run /usr/lib/llvm-14/bin/opt (permission denied"));
    }

    @Test
    void theBackendCannotRunLlcOrTheCrossCompiler() {
        StageGrader.Outcome outcome = attack("T5", "llc -mtriple=riscv64-linux-gnu -mattr=+m,+a,+f,+d,+c \"$in\" -o \"$out\"",
                "/usr/bin/riscv64-linux-gnu-gcc -S -x c /dev/null -o \"$out\"; /usr/lib/llvm-14/bin/llc \"$in\" -o \"$out\"");
        assertThat(outcome.score().score()).isZero();
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc codegen (case "
                + bench.visible.name() + ") ran llc -mtriple=riscv64-linux-gnu"));
        // the cross compiler's name on the PATH is a script that meets the tripwire for the program
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc codegen (case "
                + bench.hidden.name() + ") ran riscv64-linux-gnu-gcc -S -x c /dev/null"));
    }
}
