package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;

/**
 * T4's counted run executes the agent's program inside valgrind's process, so the program can write
 * its own profile. Forged profiles must not count: valgrind's write at the end wins over anything
 * written before, a profile cut short (the program lowered its file-size limit) or left unfinished
 * (the program ran another one, so valgrind never wrote) is refused, and no helper can outlive it.
 */
class ProfileForgeryAttackIT {
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
     * The optimiser renames main and puts a main of its own in front: it writes a profile claiming one
     * instruction into its pinned profile, runs the real program, then (visible case) limits its file
     * size so valgrind's own profile is cut, or (hidden case) forks a helper and runs another program so
     * that valgrind never writes one.
     */
    @Test
    void aProgramCannotHandInAProfileOfItsOwn() {
        String profile = "events: Ir\nfn=main\n0 1\nsummary: 1\n";
        String forged = profile.replace("\n", "\\\\0A");
        int size = profile.length();
        String script = """
                in=$2; out=$4; me=$(basename "$(dirname "$in")")
                path="/ramp/pinned/$me.run/callgrind.out"
                n=$(( ${#path} + 1 ))
                sed 's/define dso_local i32 @main()/define dso_local i32 @ramp_real_main()/' "$in" > "$out"
                if [ "$me" = "%1$s" ]; then
                  ending='call i32 @setrlimit(i32 1, i64* %%lim)'
                else
                  ending='call i32 @fork()
                  %%bin = getelementptr [10 x i8], [10 x i8]* @ramp_true, i64 0, i64 0
                  %%argv = getelementptr [2 x i8*], [2 x i8*]* @ramp_argv, i64 0, i64 0
                  call i32 @execve(i8* %%bin, i8** %%argv, i8** null)'
                fi
                cat >> "$out" <<IR
                @ramp_path = private constant [$n x i8] c"$path\\\\00"
                @ramp_forged = private constant [%3$d x i8] c"%2$s"
                @ramp_true = private constant [10 x i8] c"/bin/true\\\\00"
                @ramp_argv = private global [2 x i8*] [i8* getelementptr ([10 x i8], [10 x i8]* @ramp_true, i64 0, i64 0), i8* null]
                declare i32 @open(i8*, i32, ...)
                declare i64 @write(i32, i8*, i64)
                declare i32 @close(i32)
                declare i32 @fflush(i8*)
                declare i32 @setrlimit(i32, i64*)
                declare i32 @fork()
                declare i32 @execve(i8*, i8**, i8**)
                define dso_local i32 @main() {
                  %%p = getelementptr [$n x i8], [$n x i8]* @ramp_path, i64 0, i64 0
                  %%fd = call i32 (i8*, i32, ...) @open(i8* %%p, i32 577, i32 420)
                  %%f = getelementptr [%3$d x i8], [%3$d x i8]* @ramp_forged, i64 0, i64 0
                  call i64 @write(i32 %%fd, i8* %%f, i64 %3$d)
                  call i32 @close(i32 %%fd)
                  %%r = call i32 @ramp_real_main()
                  call i32 @fflush(i8* null)
                  %%lim = alloca i64, i32 2
                  store i64 %3$d, i64* %%lim
                  %%max = getelementptr i64, i64* %%lim, i64 1
                  store i64 %3$d, i64* %%max
                  $ending
                  ret i32 %%r
                }
                IR
                """.formatted(bench.visible.name(), forged, size);
        StageGrader.Outcome outcome = bench.grade("T4", bench.workspace(dir, AttackBench.scriptSysyc(script)), dir);

        // refused before the profile is read: the program calls what T4 allows no program to call
        // (and the profile it wrote is not the one valgrind wrote, nor is its log's end)
        assertThat(AttackBench.caseOf(outcome, bench.visible).score()).isZero();
        assertThat(AttackBench.caseOf(outcome, bench.visible).reason()).contains("breaks T4's rules")
                .contains("\"open\"", "\"setrlimit\"");
        // no helper (it cannot fork), and the program it runs instead is not the one graded: the case fails
        // on its behaviour, and the count refuses it as well (below)
        assertThat(AttackBench.caseOf(outcome, bench.hidden).score()).isZero();
        assertThat(outcome.cases()).allSatisfy(c -> assertThat(c.reason()).doesNotContain("1 instructions"));
        // and T4's rule was broken: the stage scores 0 as a rule violation, each case's evidence kept
        assertThat(outcome.score().score()).isZero();
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v)
                .startsWith("the optimised IR of " + bench.visible.name() + ": the compiled program breaks T4's rules"));
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v)
                .startsWith("the optimised IR of " + bench.hidden.name() + ":").contains("\"execve\""));
    }
}
