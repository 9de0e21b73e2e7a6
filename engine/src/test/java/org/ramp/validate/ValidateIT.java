package org.ramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.golden.GoldenSet;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/** {@code ramp validate} on a few programs, every stage, in the real Docker engine. */
class ValidateIT {

    @Test
    void goldenOutputsScore100AndEveryMutantLessOnEveryStage() {
        Workload workload = ToolchainForTests.workload();
        List<TestProgram> programs = pick(workload);
        try (DockerEngine docker = DockerEngine.connect()) {
            ToolchainInfo toolchain = ToolchainForTests.image(docker);
            ValidationReport report = new Validator(docker, toolchain, workload, new GoldenSet(RepositoryPaths.golden()),
                    Progress.stderr()).validate(workload.stages(), programs);
            System.out.print(report.render());
            assertThat(report.failures()).isEmpty();
            assertThat(report.rows()).extracting(ValidationReport.Row::stage)
                    .contains("T0", "T1", "T2", "T3", "T4", "T5");
            // each program stage grades the golden output and at least three mutants per program
            for (String stage : List.of("T1", "T2", "T3", "T4", "T5")) {
                assertThat(report.rows().stream().filter(r -> r.stage().equals(stage)
                        && r.role() == ValidationReport.Role.MUTANT).count())
                        .isGreaterThanOrEqualTo(3L * programs.size());
            }
            // T0: the golden build files pass every check, the starting project as delivered does not
            assertThat(report.rows().stream().filter(r -> r.stage().equals("T0") && r.golden()))
                    .allMatch(r -> r.score().isFull()).hasSize(4);
            assertThat(report.rows().stream().filter(r -> r.stage().equals("T0") && !r.golden()))
                    .singleElement().matches(r -> r.score().score() < 100);
            // a slower but correct IR scores between 0 and 100, not 0
            assertThat(report.rows().stream().filter(r -> r.variant().equals("slower-but-correct")))
                    .allMatch(r -> r.score().score() > 0 && r.score().score() < 100);
            // every stage's do-nothing output fails it
            assertThat(report.doNothing()).extracting(ValidationReport.DoNothing::stage)
                    .containsExactly("T0", "T1", "T2", "T3", "T4", "T5");
            assertThat(report.doNothing()).allMatch(ValidationReport.DoNothing::failsTheStage);
            assertThat(report.passed()).isTrue();
            // LLVM's own pipelines on T4 are graded (correct output, so a cost), and the other formula compared
            for (String probe : List.of("mem2reg-only", "opt-O1", "opt-O2", "opt-O3")) {
                assertThat(report.rows()).filteredOn(r -> r.variant().equals(probe)).hasSize(programs.size())
                        .allMatch(r -> r.score().score() > 0 && r.role() == ValidationReport.Role.PROBE);
            }
            assertThat(report.comparisons()).filteredOn(c -> c.formula().equals("ramp-sqrt"))
                    .extracting(ValidationReport.Comparison::variant).contains("golden", "unoptimised", "opt-O1");
            assertThat(report.render()).contains("T4   unoptimised").contains("fails the stage")
                    .contains("T4 with ramp-sqrt:");
        }
    }

    /** A functional, a performance and a lexer edge-case program. */
    static List<TestProgram> pick(Workload workload) {
        return List.of(first(workload, "func_"), first(workload, "perf_"), first(workload, "lex_"));
    }

    private static TestProgram first(Workload workload, String prefix) {
        return workload.programs().stream().filter(p -> p.name().startsWith(prefix)).findFirst().orElseThrow();
    }
}
