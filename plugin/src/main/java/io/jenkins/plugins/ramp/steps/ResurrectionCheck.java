package io.jenkins.plugins.ramp.steps;

import io.jenkins.plugins.ramp.results.StageOutcome;

/** Whether {@code rampResurrect} has anything to do for a stage's result. */
final class ResurrectionCheck {
    private ResurrectionCheck() {
    }

    /** Why the stage needs no resurrection (the console line), or null when it failed and is not resurrected yet. */
    static String skip(StageOutcome stage, String mode) {
        if ("strict".equals(mode)) {
            return "RAMP " + stage.stage + ": the run's mode is strict, which resurrects nothing";
        }
        if (stage.resurrected) {
            return "RAMP " + stage.stage + " was already resurrected; nothing to do";
        }
        if (!"failed".equals(stage.status)) {
            return "RAMP " + stage.stage + " " + stage.status + " (score " + String.format(java.util.Locale.ROOT, "%.2f",
                    stage.score) + "); nothing to resurrect (the build is unstable because of another stage or step)";
        }
        return null;
    }
}
