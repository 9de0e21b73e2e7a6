package org.ramp.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.sandbox.DockerEngine;
import org.ramp.util.Progress;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/** Regenerating golden artifacts in the image reproduces the committed ones byte for byte. */
class GoldenVerifyIT {

    @Test
    void regeneratedArtifactsAreIdenticalAndTheManifestMatches() throws GoldenException {
        Workload workload = ToolchainForTests.workload();
        List<TestProgram> programs = workload.programs().stream()
                .filter(p -> p.name().startsWith("parse_") || p.name().startsWith("perf_")).limit(3).toList();
        try (DockerEngine docker = DockerEngine.connect()) {
            GoldenArtifacts golden = new GoldenArtifacts(new GoldenSet(RepositoryPaths.golden()), workload, docker,
                    ToolchainForTests.image(docker), Progress.stderr());
            assertThat(golden.verify(programs)).isEmpty();
        }
    }
}
