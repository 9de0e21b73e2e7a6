package org.ramp.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What one job did.
 *
 * @param stdout     at most the job's bound plus one byte
 * @param stderrTail the last few kilobytes of its standard error
 * @param refused    outputs the runner did not seal, each with why ("a symbolic link; write a regular file")
 */
public record JobResult(String id, Outcome outcome, int exitCode, byte[] stdout, String stderrTail,
        double seconds, Map<String, String> refused) {

    public JobResult {
        refused = Map.copyOf(refused);
    }

    public JobResult(String id, Outcome outcome, int exitCode, byte[] stdout, String stderrTail, double seconds) {
        this(id, outcome, exitCode, stdout, stderrTail, seconds, Map.of());
    }

    public enum Outcome {
        /** Ran to the end; see the exit code. */
        EXITED,
        /** Killed at its time limit. */
        TIMED_OUT,
        /** Wrote more to stdout than its bound allows. */
        OUTPUT_LIMIT,
        /** Not run because the job it depends on did not exit 0. */
        SKIPPED,
        /** No result at all: the container or the runner failed. */
        MISSING
    }

    public boolean succeeded() {
        return outcome == Outcome.EXITED && exitCode == 0;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** A short phrase for reasons: "exited 1", "timed out after 2.0 s", ... */
    public String describe() {
        return switch (outcome) {
            case EXITED -> "exited " + exitCode;
            case TIMED_OUT -> String.format(java.util.Locale.ROOT, "timed out after %.1f s", seconds);
            case OUTPUT_LIMIT -> "wrote more output than allowed";
            case SKIPPED -> "was skipped because an earlier step failed";
            case MISSING -> "left no result (the container or the job runner failed)";
        };
    }

    public static JobResult missing(String id) {
        return new JobResult(id, Outcome.MISSING, -1, new byte[0], "", 0);
    }
}
