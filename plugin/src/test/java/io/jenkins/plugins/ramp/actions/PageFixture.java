package io.jenkins.plugins.ramp.actions;

import io.jenkins.plugins.ramp.archive.BuildFolder;
import io.jenkins.plugins.ramp.views.Runs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ramp.history.RunSummary;
import org.ramp.results.RunResult;

/** A build action with two recorded runs whose models, evidence, gate messages and transcripts are hostile text. */
final class PageFixture {
    final RampBuildAction action = new RampBuildAction();
    final RunResult gpt;
    final RunSummary gptSummary;
    final RunSummary qwenSummary;
    final BuildFolder folder;

    PageFixture(Path buildDir) throws Exception {
        gpt = Runs.run("20261130-100000-aaaaaa", "gpt-4o " + Runs.HOSTILE, 69.25, 2.41, 100, 80, 41, 70, 63, 10);
        gptSummary = Runs.summary("gpt-4o", gpt);
        qwenSummary = Runs.summary("qwen", Runs.run("20261130-100000-bbbbbb", "qwen " + Runs.HOSTILE, 55.5, 0.5, 100,
                20, 10, 0, 0, 0));
        folder = BuildFolder.of(buildDir.toFile(), "gpt-4o");
        Runs.write(folder.root(), gpt);
        Path transcripts = Files.createDirectories(folder.root().resolve("transcripts"));
        Files.writeString(transcripts.resolve("T1.jsonl"), TranscriptLines.hostile());
        action.record(RecordedRun.of(gptSummary, List.of("run.json", "transcripts/T1.jsonl"),
                List.of("report.html is missing " + Runs.HOSTILE)));
        action.record(RecordedRun.of(qwenSummary, List.of(), List.of()));
        GateRow failed = new GateRow("gpt-4o", "AEI change from the reference >= -2.00", "metric=aei", "unstable",
                "score", 69.25, 72.0, -2.75, "20261101-x", "#3", "failed", false, "AEI fell " + Runs.HOSTILE);
        action.gates(java.util.Map.of("gpt-4o", List.of(failed)), "unstable", "#3");
    }

    RunPage runPage() {
        return new RunPage(action, action.find("gpt-4o"), folder);
    }
}
