package io.jenkins.plugins.ramp.engine;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.ramp.results.RunOutcome;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;
import org.ramp.results.RunResults;

/** Runs on the node: reads {@code RUN_DIR/run.json} with the engine's reader and returns what the step needs. */
public final class ReadRun extends MasterToSlaveFileCallable<RunOutcome> {
    private static final long serialVersionUID = 1L;

    @Override
    public RunOutcome invoke(File runDir, VirtualChannel channel) throws IOException {
        return new RunOutcome(RunResults.readRun(ResultFiles.regular(runDir.toPath().resolve("run.json"))));
    }
}
