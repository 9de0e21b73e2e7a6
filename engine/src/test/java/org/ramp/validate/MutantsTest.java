package org.ramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.workload.GraderKind;
import org.ramp.workload.Stage;
import org.ramp.workload.Workload;

/** Every program gets mutants for every stage, and each differs from the golden output. */
class MutantsTest {

    @ParameterizedTest
    @EnumSource(value = GraderKind.class, names = "EXIT_STATUS", mode = EnumSource.Mode.EXCLUDE)
    void everyProgramHasAtLeastFourMutantsThatDifferFromItsGoldenOutput(GraderKind kind) throws IOException {
        Workload workload = ToolchainForTests.workload();
        Stage stage = workload.stages().stream().filter(s -> s.grader().kind() == kind).findFirst().orElseThrow();
        String output = stage.output().orElseThrow();
        for (var program : workload.programs()) {
            Path golden = RepositoryPaths.golden().resolve("programs").resolve(program.name());
            String expected = Files.readString(golden.resolve(output), StandardCharsets.UTF_8);
            List<Mutants.Mutant> mutants = Mutants.of(kind, golden, output);
            assertThat(mutants).as(program.name()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(mutants).as(program.name() + ": the do-nothing output is a mutant")
                    .extracting(Mutants.Mutant::name).contains(Mutants.doNothing(kind));
            for (Mutants.Mutant mutant : mutants) {
                assertThat(new String(mutant.content(), StandardCharsets.UTF_8))
                        .as(program.name() + " " + mutant.name()).isNotEqualTo(expected);
            }
        }
    }

    @Test
    void t4sProbesAreLlvmPipelinesOnTheO0IrWithoutOptnone() throws IOException {
        Path golden = RepositoryPaths.golden().resolve("programs/perf_fib_recursive");
        List<Mutants.Mutant> mutants = Mutants.of(GraderKind.IR_COST, golden, "opt.ll");
        assertThat(mutants).filteredOn(Mutants.Mutant::probe).extracting(Mutants.Mutant::name)
                .containsExactly("mem2reg-only", "opt-O1", "opt-O2", "opt-O3");
        assertThat(mutants).filteredOn(Mutants.Mutant::probe).extracting(m -> m.optPasses().orElseThrow())
                .containsExactly("mem2reg", "default<O1>", "default<O2>", "default<O3>");
        String ir = new String(mutants.stream().filter(Mutants.Mutant::probe).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(golden.resolve("ir.ll"))).contains("noinline nounwind optnone uwtable");
        assertThat(ir).contains("attributes #0 = { nounwind uwtable").doesNotContainPattern("(?m)^attributes .*optnone")
                .contains("define dso_local i32 @main()");
        assertThat(Mutants.doNothing(GraderKind.IR_COST)).isEqualTo("unoptimised");
        assertThat(Mutants.doNothing(GraderKind.EXIT_STATUS)).isEqualTo("as-delivered");
    }
}
