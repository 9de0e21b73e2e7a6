package org.ramp.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.ramp.results.InputSource;
import org.ramp.results.StageResult;
import org.ramp.workload.Stage;

/** What the agent is told at the start of a stage: where the run stands, then the stage's TASK.md. */
final class StagePrompt {
    private StagePrompt() {
    }

    static String of(Stage stage, int index, int stages, StageResult previous, InputSource inputs) {
        StringBuilder prompt = new StringBuilder();
        prompt.append(String.format(Locale.ROOT, "# Stage %s (%d of %d): %s%n%n", stage.id(), index + 1, stages,
                stage.name()));
        if (previous != null) {
            prompt.append(String.format(Locale.ROOT, "The previous stage, %s, scored %.1f (%s).", previous.id(),
                    previous.score(), previous.status().id()));
            if (inputs == InputSource.RESURRECTION) {
                prompt.append(previous.id().equals("T0")
                        ? " Its reference build files have been put in place, so the project builds."
                        : " This stage is graded on the reference outputs of " + previous.id() + ", not on yours.");
            } else if (inputs == InputSource.GOLDEN) {
                prompt.append(" This stage is graded on reference inputs.");
            }
            prompt.append("\n\n");
        }
        prompt.append("The instructions below are also in TASK.md at the root of the workspace.\n\n");
        try {
            prompt.append(Files.readString(stage.instructions()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the instructions " + stage.instructions(), e);
        }
        return prompt.toString();
    }
}
