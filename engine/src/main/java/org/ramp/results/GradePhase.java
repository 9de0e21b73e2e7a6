package org.ramp.results;

/**
 * How the stage was graded.
 *
 * @param build    "ok", "failed", "timed-out" or "none" (T0 has no separate build)
 * @param buildLog the tail of the build's output when it did not succeed
 */
public record GradePhase(double seconds, String build, String buildLog) {
}
