package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;

/**
 * What a stage forbids sysyc to link is found in what the build produced: libclang everywhere (its C
 * API linked, or a copy of libclang-cpp.so in the build folder), run-time loading, LLVM's
 * transformations in T4 (its -O2 pipeline), its code generator and targets in T5; the static archives
 * of those components cannot be linked at all.
 */
class ForbiddenLinkAttackIT {
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

    private Path forbidden() {
        return bench.workspace(dir, bench.cppSysyc(Map.of(
                "src/lex/lex.cpp", "forbidden-lex.cpp",
                "src/irgen/irgen.cpp", "forbidden-irgen.cpp",
                "src/opt/opt.cpp", "forbidden-opt.cpp",
                "src/codegen/codegen.cpp", "forbidden-codegen.cpp"),
                "target_link_libraries(sysyc PRIVATE LLVM /usr/lib/llvm-14/lib/libclang-14.so.1 ${CMAKE_DL_LIBS})",
                "file(COPY /usr/lib/llvm-14/lib/libclang-cpp.so.14 DESTINATION ${CMAKE_BINARY_DIR}"
                        + " FILE_PERMISSIONS OWNER_READ GROUP_READ WORLD_READ)"));
    }

    @Test
    void libclangIsFoundInEveryStageAndRunTimeLoadingToo() {
        Path workspace = forbidden();
        StageGrader.Outcome lexer = bench.grade("T1", workspace, dir);
        assertThat(lexer.build()).isEqualTo("ok");
        assertThat(lexer.score().score()).isZero();
        assertThat(lexer.violations()).contains(
                "build/sysyc imports 2 symbols of clang's libraries (libclang), which T1 forbids: clang_createIndex,"
                        + " clang_disposeIndex",
                "build/sysyc links libclang-14.so.13: clang's libraries (libclang), which T1 forbids");
        // a copy of clang's library in the build folder, which the build (with the toolchain) could read
        assertThat(lexer.violations()).anySatisfy(v -> assertThat(v).startsWith("build/libclang-cpp.so.14 defines ")
                .contains("symbols of clang's libraries (libclang), which T1 forbids: "));
        StageGrader.Outcome irgen = bench.grade("T3", workspace, dir);
        assertThat(irgen.violations()).contains("build/sysyc imports 1 symbol of loading or running code at run"
                + " time, which no inspection can see, which T3 forbids: dlopen");
    }

    @Test
    void theOptimiserCannotUseLlvmsPipelineNorTheBackendItsCodeGenerator() {
        Path workspace = forbidden();
        StageGrader.Outcome optimiser = bench.grade("T4", workspace, dir);
        assertThat(optimiser.score().score()).isZero();
        assertThat(optimiser.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc imports 1 symbol of"
                + " PassBuilder's ready-made pipelines and textual pipeline parsers, which T4 forbids:"
                + " llvm::PassBuilder::buildPerModuleDefaultPipeline(llvm::OptimizationLevel,"));
        // the same binary, inspected for T4: its code generator is not T4's business
        assertThat(optimiser.violations()).noneSatisfy(v -> assertThat(v).contains("code generator"));
        StageGrader.Outcome backend = bench.grade("T5", workspace, dir);
        assertThat(backend.score().score()).isZero();
        assertThat(backend.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc imports ")
                .contains("symbols of LLVM's code generator and targets, which T5 forbids: LLVMInitialize"));
        assertThat(backend.violations()).anySatisfy(v -> assertThat(v).startsWith("build/sysyc imports ")
                .contains("of LLVM's MC layer, which T5 forbids:"));
    }

    @Test
    void aStaticArchiveOfTheTransformationsCannotBeLinked() {
        Path workspace = bench.workspace(dir, bench.cppSysyc(Map.of("src/opt/opt.cpp", "static-ipo-opt.cpp"),
                "llvm_map_components_to_libnames(RAMP_LLVM_LIBS core irreader support ipo)\n"
                        + "target_link_libraries(sysyc PRIVATE ${RAMP_LLVM_LIBS})", ""));
        StageGrader.Outcome optimiser = bench.grade("T4", List.of(bench.visible), workspace, dir);
        assertThat(optimiser.build()).isEqualTo("failed");
        assertThat(optimiser.buildLog()).contains("libLLVMipo.a").contains("Permission denied");
        assertThat(optimiser.score().score()).isZero();
    }
}
