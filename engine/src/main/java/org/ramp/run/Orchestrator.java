package org.ramp.run;

import java.io.IOException;
import java.nio.file.Files;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;

/**
 * A whole assessment in one process: the stages in order, each resurrected when it failed and the mode
 * allows, then the run finished. It drives the same {@link RunSession} steps a Jenkins Pipeline drives
 * one process at a time, so both make the same run folder. A run folder that exists is taken up where
 * it stopped (resume).
 */
public final class Orchestrator {
    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Progress progress;

    public Orchestrator(DockerEngine docker, ToolchainInfo toolchain, Progress progress) {
        this.docker = docker;
        this.toolchain = toolchain;
        this.progress = progress;
    }

    /** Runs (or resumes, when the run folder already holds run.json) and returns the final run.json. */
    public RunResult run(RunConfig config) throws IOException {
        boolean resumed = Files.isRegularFile(new RunDirectory(config.runDir()).runJson());
        try (RunSession session = resumed ? RunSession.open(config, docker, toolchain, progress)
                : RunSession.create(config, docker, toolchain, progress)) {
            if (resumed) {
                progress.line("resuming run " + config.runId() + ": " + session.stages().size()
                        + " stages already known");
            }
            while (session.nextStage().isPresent()) {
                StageResult result = session.runStage(null);
                if (result.status() == StageStatus.FAILED && config.mode() != Mode.STRICT) {
                    session.resurrect(result.id());
                }
            }
            return session.finish();
        }
    }
}
