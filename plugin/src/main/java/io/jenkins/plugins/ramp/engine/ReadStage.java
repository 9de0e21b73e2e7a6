package io.jenkins.plugins.ramp.engine;

import io.jenkins.plugins.ramp.results.StageOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;
import org.ramp.results.RunResults;

/** Runs on the node: reads {@code RUN_DIR/stages/Tn.json} with the engine's reader and returns what the step needs. */
public final class ReadStage extends MasterToSlaveFileCallable<StageOutcome> {
    private static final long serialVersionUID = 1L;
    private final String stage;

    public ReadStage(String stage) {
        this.stage = RunFolder.checkStage(stage);
    }

    @Override
    public StageOutcome invoke(File runDir, VirtualChannel channel) throws IOException {
        Path file = ResultFiles.regular(runDir.toPath().resolve("stages").resolve(stage + ".json"));
        return new StageOutcome(RunResults.readStage(file));
    }
}
