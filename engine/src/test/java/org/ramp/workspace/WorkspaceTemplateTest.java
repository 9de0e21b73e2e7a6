package org.ramp.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.golden.GoldenSet;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;

class WorkspaceTemplateTest {
    @TempDir
    Path dir;

    private final Workload workload = ToolchainForTests.workload();
    private final WorkspaceTemplate template = new WorkspaceTemplate(workload, new GoldenSet(RepositoryPaths.golden()));

    @Test
    void holdsTheStarterTheRuntimeAndEachPublicCaseWithItsGoldenFiles() {
        List<TestProgram> cases = workload.programs(Visibility.PUBLIC).subList(0, 2);
        template.create(dir, cases);
        assertThat(dir.resolve("CMakeLists.txt")).exists();
        assertThat(dir.resolve("tests/run_public.py")).exists();
        assertThat(dir.resolve("runtime/sylib.c")).exists();
        assertThat(dir.resolve("runtime/sylib.h")).exists();
        for (TestProgram program : cases) {
            Path caseDir = dir.resolve(WorkspaceTemplate.CASES).resolve(program.name());
            assertThat(caseDir.resolve(program.name() + ".sy")).exists();
            assertThat(caseDir.resolve(WorkspaceTemplate.CASE_INPUT)).exists();
            assertThat(caseDir.resolve("tokens.txt")).exists();
            assertThat(caseDir.resolve("opt.cost")).exists();
        }
    }

    @Test
    void hiddenProgramsNeverEnterTheWorkspace() {
        TestProgram hidden = workload.programs(Visibility.HIDDEN).get(0);
        assertThatThrownBy(() -> template.create(dir, List.of(hidden))).hasMessageContaining("hidden program");
        assertThat(dir.resolve(WorkspaceTemplate.CASES)).doesNotExist();
    }

    @Test
    void theT0GoldenFilesReplaceTheStartersBuildFiles() throws Exception {
        template.create(dir, List.of());
        assertThat(Files.readString(dir.resolve("CMakeLists.txt"))).contains("find_package(LLVM 17");
        template.applyT0Golden(dir);
        assertThat(Files.readString(dir.resolve("CMakeLists.txt"))).contains("find_package(LLVM 14");
        assertThat(dir.resolve("runtime/CMakeLists.txt")).exists();
    }
}
