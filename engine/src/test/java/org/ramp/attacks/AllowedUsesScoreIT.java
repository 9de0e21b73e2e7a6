package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;

/**
 * The other side of the rules: LLVM's IR library, IRBuilder, the Verifier, analyses (DominatorTree,
 * LoopInfo, ScalarEvolution) and the pass manager running the agent's own passes are allowed, linked
 * dynamically (as the reference build files do) or from LLVM's static archives, and still score.
 */
class AllowedUsesScoreIT {
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

    private static final Map<String, String> SOURCES = Map.of("src/opt/opt.cpp", "allowed-opt.cpp",
            "src/codegen/codegen.cpp", "allowed-codegen.cpp");

    @Test
    void allowedApisLinkedDynamicallyScoreAndBreakNoRule() {
        Path workspace = bench.workspace(dir, bench.cppSysyc(SOURCES, "target_link_libraries(sysyc PRIVATE LLVM)", ""));
        StageGrader.Outcome optimiser = bench.grade("T4", workspace, dir);
        assertThat(optimiser.violations()).isEmpty();
        // the unoptimised IR handed on unchanged behaves as the reference and costs more: it scores, not 100
        assertThat(optimiser.cases()).allSatisfy(c -> assertThat(c.score()).isGreaterThan(20).isLessThan(100));
        StageGrader.Outcome backend = bench.grade("T5", workspace, dir);
        assertThat(backend.violations()).isEmpty();
    }

    @Test
    void allowedComponentsLinkedStaticallyScoreAndBreakNoRule() {
        Path workspace = bench.workspace(dir, bench.cppSysyc(SOURCES,
                "llvm_map_components_to_libnames(RAMP_LLVM_LIBS core irreader analysis support)\n"
                        + "target_link_libraries(sysyc PRIVATE ${RAMP_LLVM_LIBS})\n"
                        + "target_compile_definitions(sysyc PRIVATE RAMP_STATIC_LLVM)", ""));
        StageGrader.Outcome optimiser = bench.grade("T4", workspace, dir);
        assertThat(optimiser.build()).as(optimiser.buildLog()).isEqualTo("ok");
        assertThat(optimiser.violations()).isEmpty();
        assertThat(optimiser.cases()).allSatisfy(c -> assertThat(c.score()).isGreaterThan(20).isLessThan(100));
    }
}
