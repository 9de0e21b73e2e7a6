package org.ramp.cli;

import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ImageRecipe;
import org.ramp.toolchain.ToolchainImage;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;

/** The toolchain image a command needs, built first when missing. */
final class Toolchains {
    private Toolchains() {
    }

    static ToolchainInfo ensure(DockerEngine docker, Workload workload) {
        ToolchainInfo info = new ToolchainImage(docker, Progress.stderr()).ensure(ImageRecipe.of(workload));
        Progress.stderr().line("toolchain " + info.tag() + " (" + DockerEngine.shortId(info.imageId()) + "), "
                + info.clangVersion());
        return info;
    }
}
