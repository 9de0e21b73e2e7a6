package io.jenkins.plugins.ramp.actions;

import hudson.model.Run;
import io.jenkins.plugins.ramp.archive.BuildFolder;
import io.jenkins.plugins.ramp.archive.FileDownload;
import io.jenkins.plugins.ramp.archive.RunFiles;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.views.Figure;
import io.jenkins.plugins.ramp.views.StageRow;
import io.jenkins.plugins.ramp.views.ViewText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.ramp.history.RunSummary;
import org.ramp.results.RunResult;

/**
 * One run's page ({@code BUILD/ramp/run/NAME/}): metrics, AEI and its components, totals, the stage table (from the
 * details the build kept, read for this request), gate results, transcripts per stage, and the kept files as
 * downloads. Reached only through {@link RampBuildAction}, whose {@code getTarget} checks Item.READ.
 */
public final class RunPage {
    private final RampBuildAction action;
    private final RecordedRun run;
    private final BuildFolder folder;
    private final RunResult details;

    /** @param folder where the build keeps the run's files */
    RunPage(RampBuildAction action, RecordedRun run, BuildFolder folder) {
        this.action = action;
        this.run = run;
        this.folder = folder;
        this.details = RampBuildAction.details(folder);
    }

    public Run<?, ?> getOwner() {
        return action.getOwner();
    }

    public String getDisplayName() {
        return "RAMP run " + run.getName();
    }

    public String getName() {
        return run.getName();
    }

    private RunSummary summary() {
        return run.summary();
    }

    public String getRunId() {
        return summary() == null ? "" : ViewText.line(summary().runId(), 80);
    }

    public String getModel() {
        return summary() == null ? "" : ViewText.line(summary().model(), 120);
    }

    public String getAgent() {
        return summary() == null ? "" : ViewText.line(summary().agent(), 40);
    }

    public String getMode() {
        return summary() == null ? "" : ViewText.line(summary().mode(), 40);
    }

    public String getStatus() {
        return summary() == null || summary().status() == null ? "unknown" : summary().status().id();
    }

    public List<Figure> getMetrics() {
        return summary() == null ? List.of() : Figure.metrics(summary());
    }

    public List<Figure> getAeiComponents() {
        return summary() == null ? List.of() : Figure.aeiComponents(summary());
    }

    public List<Figure> getTotals() {
        return summary() == null ? List.of() : Figure.totals(summary());
    }

    /** Whether the stage table comes from the run's details (with time, tokens, cost, evidence). */
    public boolean isDetailed() {
        return details != null;
    }

    public List<StageRow> getStages() {
        if (details != null) {
            return StageRow.of(details);
        }
        return summary() == null ? List.of() : StageRow.of(summary());
    }

    public GateTable getGateTable() {
        return new GateTable(run.getGates());
    }

    public List<String> getNotes() {
        return run.getNotes().stream().map(note -> ViewText.line(note, 400)).toList();
    }

    public boolean isReport() throws IOException {
        return folder().file(RunFiles.REPORT) != null;
    }

    public List<String> getFiles() {
        return run.getFiles().stream().filter(RunFiles::kept).toList();
    }

    public List<String> getTranscriptStages() throws IOException {
        return folder().transcriptStages();
    }

    /** {@code transcript/T1/}: the calls of one stage, or null (404). */
    public TranscriptPage getTranscript(String stage) throws IOException {
        if (stage == null || RunFolder.stageProblem(stage) != null) {
            return null;
        }
        Path file = folder().file(RunFiles.transcript(stage));
        return file == null ? null : new TranscriptPage(this, stage, file);
    }

    /**
     * {@code download/report.html}, {@code download/run.json}, {@code download/transcripts/T1.jsonl}: a kept file as
     * an attachment, never rendered by the browser in Jenkins' origin (report.html carries inline scripts that
     * Jenkins' Content-Security-Policy would block anyway; downloaded, it opens with its charts).
     */
    public void doDownload(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String relative = FileDownload.relative(req.getRestOfPath());
        Path file = relative == null ? null : folder().file(relative);
        if (file == null) {
            rsp.sendError(404);
            return;
        }
        rsp.setContentType(FileDownload.contentType(relative));
        rsp.setHeader("Content-Disposition", FileDownload.disposition(run.getName(), relative));
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setContentLengthLong(Files.size(file));
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                OutputStream out = rsp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    BuildFolder folder() {
        return folder;
    }
}
