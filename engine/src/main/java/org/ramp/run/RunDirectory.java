package org.ramp.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ramp.results.RunResults;
import org.ramp.results.StageResult;

/**
 * The folder of one run: run.json, each stage's result as soon as it is known, the agent's workspace,
 * the transcripts, the stage outputs a chained stage reads, JUnit XML and the report.
 */
public record RunDirectory(Path root) {

    public Path runJson() {
        return root.resolve("run.json");
    }

    public Path stageFile(String stageId) {
        return root.resolve("stages").resolve(stageId + ".json");
    }

    public Path workspace() {
        return root.resolve("workspace");
    }

    public Path transcripts() {
        return root.resolve("transcripts");
    }

    /** What the agent's program wrote for each case when the stage was graded: {@code outputs/Tn/CASE/FILE}. */
    public Path outputs(String stageId) {
        return root.resolve("outputs").resolve(stageId);
    }

    /** Scratch space of a stage's grading, removed afterwards. */
    public Path grading(String stageId) {
        return root.resolve("grading").resolve(stageId);
    }

    /** Engine-side files of the agent: the builtin agent's conversation, the gateway's socket. */
    public Path agent() {
        return root.resolve("agent");
    }

    public Path junit() {
        return root.resolve("junit.xml");
    }

    public Path report() {
        return root.resolve("report.html");
    }

    /** The stage's result, if it is already known (a resumed run skips it). */
    public Optional<StageResult> stage(String stageId) {
        Path file = stageFile(stageId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RunResults.readStage(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the stage result " + file + " cannot be read", e);
        }
    }

    public void writeStage(StageResult result) throws IOException {
        RunResults.write(stageFile(result.id()), result);
    }
}
