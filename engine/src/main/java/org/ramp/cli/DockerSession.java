package org.ramp.cli;

import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ImageRecipe;
import org.ramp.toolchain.ToolchainImage;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;

/** What a command that runs containers needs: a Docker connection and the toolchain image, built when missing. */
final class DockerSession implements AutoCloseable {
    final DockerEngine docker;
    final ToolchainInfo toolchain;

    private DockerSession(DockerEngine docker, ToolchainInfo toolchain) {
        this.docker = docker;
        this.toolchain = toolchain;
    }

    static DockerSession open(Workload workload) {
        DockerEngine docker = DockerEngine.connect();
        try {
            ToolchainInfo info = new ToolchainImage(docker, Progress.stderr()).ensure(ImageRecipe.of(workload));
            Progress.stderr().line("toolchain " + info.tag() + " (" + DockerEngine.shortId(info.imageId()) + "), "
                    + info.clangVersion());
            return new DockerSession(docker, info);
        } catch (RuntimeException e) {
            docker.close();
            throw e;
        }
    }

    @Override
    public void close() {
        docker.close();
    }
}
