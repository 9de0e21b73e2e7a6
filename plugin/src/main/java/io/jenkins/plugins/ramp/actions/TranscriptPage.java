package io.jenkins.plugins.ramp.actions;

import hudson.model.Run;
import io.jenkins.plugins.ramp.views.TranscriptCalls;
import java.io.IOException;
import java.nio.file.Path;

/** {@code BUILD/ramp/run/NAME/transcript/Tn/}: a stage's model calls, each with what its request added and the answer. */
public final class TranscriptPage {
    private final RunPage run;
    private final String stage;
    private final TranscriptCalls calls;

    TranscriptPage(RunPage run, String stage, Path file) throws IOException {
        this.run = run;
        this.stage = stage;
        this.calls = TranscriptCalls.read(file);
    }

    public Run<?, ?> getOwner() {
        return run.getOwner();
    }

    public String getDisplayName() {
        return "Transcript of " + stage + " of RAMP run " + run.getName();
    }

    public String getName() {
        return run.getName();
    }

    public String getStage() {
        return stage;
    }

    public TranscriptCalls getCalls() {
        return calls;
    }
}
