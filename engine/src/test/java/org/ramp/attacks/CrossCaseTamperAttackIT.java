package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;
import org.ramp.workload.Artifacts;

/**
 * Issue 6: case folders were shared and world-writable, so one case's program could rewrite another's
 * output and T4's callgrind profile. Now each step writes only its own folder, outputs are sealed
 * root-owned, and a profile is a pinned file only its own step's group may write.
 */
class CrossCaseTamperAttackIT {
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
    void oneCaseCannotRewriteAnothersOutputOrProfile() {
        // the visible case is the victim (it runs first when there is one shard); the hidden one hands in
        // its input unchanged too, then waits for the victim's output and profile to exist, tries to
        // overwrite them, and leaves a helper to try again later
        String victim = bench.visible.name();
        String script = """
                in=$2; out=$4; me=$(basename "$(dirname "$in")")
                cp "$in" "$out"
                if [ "$me" != "%1$s" ]; then
                  targets="/ramp/sealed/%1$s.produce/opt.ll /ramp/steps/%1$s.produce/opt.ll /ramp/pinned/%1$s.run/callgrind.out /ramp/sealed/%1$s.run/callgrind.out /ramp/export/%1$s.produce/opt.ll"
                  for i in $(seq 250); do [ -e /ramp/pinned/%1$s.run/callgrind.out ] && break; sleep 0.1; done
                  for f in $targets; do
                    echo "; tamper $f: $( { printf 'define i32 @main() { ret i32 0 }\\n' > "$f"; } 2>&1 || echo refused)" >> "$out"
                  done
                  echo "; tamper steps: $(ls /ramp/steps 2>&1)" >> "$out"
                  ( for i in $(seq 600); do for f in $targets; do echo forged > "$f"; done 2>/dev/null; sleep 0.05; done ) > /dev/null 2>&1 &
                fi
                """.formatted(victim);
        Path workspace = bench.workspace(dir, AttackBench.scriptSysyc(script));
        StageGrader.Outcome outcome = bench.grade("T4", workspace, dir);

        String attacker = AttackBench.read(dir.resolve("outputs").resolve(bench.hidden.name())
                .resolve(Artifacts.OPTIMISED_IR));
        assertThat(attacker.lines().filter(line -> line.startsWith("; tamper ")))
                .hasSize(6).allSatisfy(line -> assertThat(line).containsAnyOf("Permission denied", "No such file"));
        // the victim's sealed output and its pinned profile existed, and were out of reach
        assertThat(attacker).contains("; tamper /ramp/sealed/" + victim + ".produce/opt.ll: ",
                "; tamper /ramp/pinned/" + victim + ".run/callgrind.out: ");
        assertThat(attacker.lines().filter(line -> line.contains("/ramp/sealed/" + victim + ".produce/")
                || line.contains("/ramp/pinned/" + victim + ".run/"))).allSatisfy(line ->
                assertThat(line).contains("Permission denied"));
        // the victim's output and profile are its own: its input handed on, measured as such
        String kept = AttackBench.read(dir.resolve("outputs").resolve(victim).resolve(Artifacts.OPTIMISED_IR));
        assertThat(kept).isEqualTo(AttackBench.read(bench.golden.programDir(victim).resolve(Artifacts.IR)));
        assertThat(AttackBench.caseOf(outcome, bench.visible).score()).isGreaterThan(0);
        assertThat(AttackBench.caseOf(outcome, bench.visible).reason()).contains("instructions");
        assertThat(outcome.violations()).isEmpty();
    }
}
