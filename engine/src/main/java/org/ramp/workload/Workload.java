package org.ramp.workload;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The loaded, validated workload: stages T0–T5, the starting project and the test programs. */
public record Workload(
        Path file,
        String name,
        String version,
        String description,
        Path toolchainDir,
        Path starterDir,
        Path runtimeDir,
        BuildSpec build,
        List<Stage> stages,
        List<TestProgram> programs) {

    public Workload {
        stages = List.copyOf(stages);
        programs = List.copyOf(programs);
    }

    /** The folder holding workload.json; every path in it is relative to this folder. */
    public Path root() {
        return file.getParent();
    }

    public Stage stage(String id) {
        return findStage(id).orElseThrow(() -> new IllegalArgumentException(
                "no stage " + id + " in " + file + "; stages are " + stageIds()));
    }

    public Optional<Stage> findStage(String id) {
        return stages.stream().filter(stage -> stage.id().equals(id)).findFirst();
    }

    public List<String> stageIds() {
        return stages.stream().map(Stage::id).toList();
    }

    public List<TestProgram> programs(Visibility visibility) {
        return programs.stream().filter(program -> program.visibility() == visibility).toList();
    }

    public Optional<TestProgram> program(String name) {
        return programs.stream().filter(program -> program.name().equals(name)).findFirst();
    }
}
