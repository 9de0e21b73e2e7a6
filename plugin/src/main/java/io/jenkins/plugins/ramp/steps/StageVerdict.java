package io.jenkins.plugins.ramp.steps;

import hudson.model.Result;
import io.jenkins.plugins.ramp.results.StageOutcome;
import java.util.Locale;
import org.jenkinsci.plugins.workflow.actions.WarningAction;

/**
 * A stage below its pass threshold marks its Pipeline stage unstable, as the {@code unstable} step does (a warning on
 * the step's node, the build's result UNSTABLE at worst), so that the Pipeline goes on to resurrection.
 */
final class StageVerdict {
    private StageVerdict() {
    }

    /** The warning of a stage that did not pass, or null when it passed. */
    static String warning(StageOutcome stage) {
        if (stage.passed) {
            return null;
        }
        return String.format(Locale.ROOT, "RAMP %s %s: %s with score %.2f, below its pass threshold %.0f%s", stage.stage,
                stage.name, stage.status, stage.score, stage.passThreshold,
                stage.failureClass == null ? "" : " (" + stage.failureClass + ")");
    }

    static void apply(StepNode step, String warning) {
        if (warning == null) {
            return;
        }
        String message = io.jenkins.plugins.ramp.results.Text.printable(warning, 400);
        step.listener.getLogger().println(message);
        step.flowNode.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(message));
        step.run.setResult(Result.UNSTABLE);
    }
}
