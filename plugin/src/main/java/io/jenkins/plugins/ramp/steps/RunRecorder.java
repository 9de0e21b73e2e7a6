package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.ramp.actions.RampBuildAction;
import io.jenkins.plugins.ramp.actions.RecordedRun;
import io.jenkins.plugins.ramp.archive.BuildFolder;
import io.jenkins.plugins.ramp.archive.RunArchive;
import io.jenkins.plugins.ramp.archive.RunFiles;
import io.jenkins.plugins.ramp.credentials.ApiKeys;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.EngineProcess;
import io.jenkins.plugins.ramp.engine.NodeEngine;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.results.Text;
import java.io.IOException;
import java.nio.file.Path;
import org.ramp.history.RunSummary;
import org.ramp.history.RunSummaryException;
import org.ramp.results.RunResults;

/**
 * Records one run of a build: {@code ramp finish} on the run's node (metrics, junit.xml, report.html), the kept files
 * copied into the build's folder, and the run's summary attached to the build's {@link RampBuildAction}.
 */
final class RunRecorder {
    private RunRecorder() {
    }

    /**
     * @param finish whether {@code ramp finish} must run first ({@code rampAssess} has just run it)
     */
    static RecordedRun record(Run<?, ?> build, TaskListener listener, EnvVars environment, StartedRuns.Entry run,
            boolean finish) throws IOException, InterruptedException {
        RunLocation location = RunLocation.of(run);
        if (finish) {
            Launcher launcher = location.node.createLauncher(listener);
            String secret = run.credentialsId == null ? null : ApiKeys.of(run.credentialsId, build);
            FilePath home = NodeEngine.install(location.node, listener);
            new EngineProcess(launcher, listener, location.workspace, environment == null ? new EnvVars() : environment,
                    NodeEngine.java(launcher), home, secret).run(EngineCommandLine.finish(RunFolder.of(run.name)));
        }
        RunArchive.Copied copied = RunArchive.copy(location.workspace.child(RunFolder.of(run.name)),
                build.getRootDir(), run.name);
        for (String note : copied.notes) {
            listener.getLogger().println(Text.printable("RAMP run '" + run.name + "': " + note, 400));
        }
        Path runJson = BuildFolder.of(build.getRootDir(), run.name).file(RunFiles.RUN_JSON);
        if (runJson == null) {
            throw new AbortException("RAMP run '" + run.name + "': run.json was not kept, so the run cannot be recorded"
                    + (copied.notes.isEmpty() ? "" : " (" + String.join("; ", copied.notes) + ")"));
        }
        RunSummary summary;
        try {
            summary = RunSummary.of(RunResults.readRun(runJson), run.name);
        } catch (RunSummaryException e) {
            throw new AbortException("RAMP run '" + run.name + "': its run.json lacks what a summary needs: "
                    + e.getMessage());
        }
        RecordedRun recorded = RecordedRun.of(summary, copied.files, copied.notes);
        RampBuildAction.of(build).record(recorded);
        build.save();
        listener.getLogger().println(Text.printable("RAMP run '" + run.name + "' recorded (" + summary.status().id()
                + (summary.complete() ? String.format(java.util.Locale.ROOT, ", AEI %.2f", summary.metrics().aei()) : "")
                + "): " + copied.files.size() + " files kept in the build", 400));
        return recorded;
    }
}
