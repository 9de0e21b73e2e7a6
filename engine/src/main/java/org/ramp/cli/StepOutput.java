package org.ramp.cli;

import java.util.Locale;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;
import org.ramp.toolchain.ToolchainInfo;

/** What the per-stage commands print, and what they take from run.json. */
final class StepOutput {
    private StepOutput() {
    }

    /** "T1 lexer: failed, score 41.50, reasoning, resurrected, 212 calls, $0.9100". */
    static String stageLine(StageResult result) {
        return String.format(Locale.ROOT, "%s %s: %s, score %.2f%s%s, %d calls, $%.4f", result.id(), result.name(),
                result.status().id(), result.score(),
                result.failure() == null ? "" : ", " + result.failure().failureClass().id(),
                result.resurrected() ? ", resurrected" : "", result.usage().calls(), result.usage().costUsd());
    }

    /** The toolchain a run records, for steps that run no container. */
    static ToolchainInfo toolchain(RunResult run) {
        return new ToolchainInfo(run.toolchain().image(), run.toolchain().imageId(), run.toolchain().clang(), 0);
    }
}
