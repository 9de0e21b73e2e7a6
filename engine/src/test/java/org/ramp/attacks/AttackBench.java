package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.golden.GoldenSet;
import org.ramp.results.CaseResult;
import org.ramp.run.StageGrader;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * What the attack tests share: the workload, the image, a workspace shaped by the attacker, and one
 * stage graded exactly as a run grades it (real Docker, the real runner, golden inputs).
 */
final class AttackBench implements AutoCloseable {
    final Workload workload = ToolchainForTests.workload();
    final GoldenSet golden = new GoldenSet(RepositoryPaths.golden());
    final DockerEngine docker = DockerEngine.connect();
    final ToolchainInfo toolchain = ToolchainForTests.image(docker);
    /** One public and one hidden program, as in the orchestrator's tests. */
    final TestProgram visible = first(Visibility.PUBLIC);
    final TestProgram hidden = first(Visibility.HIDDEN);
    private final String label = "attack-" + System.nanoTime();

    /** A sysyc that is a bash script: the build copies it to build/sysyc, nothing is compiled. */
    static Map<String, String> scriptSysyc(String script) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("CMakeLists.txt", """
                cmake_minimum_required(VERSION 3.20)
                project(sysyc NONE)
                configure_file(${CMAKE_SOURCE_DIR}/sysyc.sh ${CMAKE_BINARY_DIR}/sysyc COPYONLY)
                """);
        files.put("sysyc.sh", "#!/bin/bash\n" + script);
        return files;
    }

    /**
     * A C++ sysyc: the reference build files, these sources over the starting project's
     * ({@code src/opt/opt.cpp} → a resource of this package), and the reference CMakeLists.txt changed:
     * {@code link} replaces its link of the LLVM library, {@code more} is appended.
     */
    Map<String, String> cppSysyc(Map<String, String> sources, String link, String more) {
        Map<String, String> files = new LinkedHashMap<>();
        String cmake = read(golden.t0Dir().resolve("CMakeLists.txt"));
        String original = "target_link_libraries(sysyc PRIVATE LLVM)";
        assertThat(cmake).contains(original);
        files.put("CMakeLists.txt", cmake.replace(original, link) + "\n" + more + "\n");
        sources.forEach((path, resource) -> files.put(path, resource(resource)));
        return files;
    }

    static String resource(String name) {
        try (var in = AttackBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The starting project with the reference build files (what resurrection gives), then the attacker's. */
    Path workspace(Path dir, Map<String, String> files) {
        Path workspace = dir.resolve("workspace");
        WorkspaceTemplate template = new WorkspaceTemplate(workload, golden);
        template.create(workspace, List.of(visible));
        template.applyT0Golden(workspace);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = workspace.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                if (file.getKey().endsWith(".sh")) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workspace;
    }

    /** Grades one stage on golden inputs; each case's kept output lands in {@code dir/outputs/CASE/}. */
    StageGrader.Outcome grade(String stageId, Path workspace, Path dir) {
        return grade(stageId, List.of(visible, hidden), workspace, dir);
    }

    StageGrader.Outcome grade(String stageId, List<TestProgram> programs, Path workspace, Path dir) {
        Stage stage = workload.stage(stageId);
        Map<String, Path> inputs = new HashMap<>();
        stage.input().ifPresent(input -> programs.forEach(p -> inputs.put(p.name(),
                golden.programDir(p.name()).resolve(input))));
        ContainerProfile profile = ContainerProfile.offline(toolchain.tag(), "attack-test")
                .withLabel(DockerEngine.RUN_LABEL, label);
        StageGrader.Outcome outcome = new StageGrader(docker, profile, workload, golden, Progress.stderr())
                .grade(stage, programs, inputs, workspace, dir.resolve("grading-" + stageId), dir.resolve("outputs"));
        docker.awaitRemovals();
        assertThat(docker.containersLabelled(DockerEngine.RUN_LABEL, label)).as("containers left").isEmpty();
        return outcome;
    }

    static CaseResult caseOf(StageGrader.Outcome outcome, TestProgram program) {
        return outcome.cases().stream().filter(c -> c.name().equals(program.name())).findFirst().orElseThrow();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first program of a kind that reads standard input. */
    TestProgram withStdin(Visibility visibility) {
        return workload.programs(visibility).stream().filter(p -> p.stdin().isPresent()).findFirst().orElseThrow();
    }

    private TestProgram first(Visibility visibility) {
        return workload.programs(visibility).stream().filter(p -> p.name().startsWith("func_")).findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        docker.close();
    }
}
