package org.ramp;

import static org.assertj.core.api.Assertions.fail;

import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ImageRecipe;
import org.ramp.toolchain.ToolchainImage;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;
import org.ramp.workload.WorkloadException;
import org.ramp.workload.WorkloadLoader;

/** The repository's workload and its toolchain image, which integration tests need built (./run-tests does). */
public final class ToolchainForTests {
    private ToolchainForTests() {
    }

    public static Workload workload() {
        try {
            return new WorkloadLoader().load(RepositoryPaths.tasks());
        } catch (WorkloadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static ToolchainInfo image(DockerEngine docker) {
        ImageRecipe recipe = ImageRecipe.of(workload());
        return new ToolchainImage(docker, Progress.SILENT).find(recipe).orElseGet(() ->
                fail("the toolchain image " + recipe.tag() + " is not built; run ./ramp image build (./run-tests does)"));
    }
}
