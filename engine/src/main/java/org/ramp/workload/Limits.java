package org.ramp.workload;

/**
 * Per-case bounds of a stage.
 *
 * @param caseSeconds    wall time of the stage's program (or of a T0 check) on one case
 * @param runSeconds     wall time of the compiled test program, for stages that run it
 * @param maxOutputBytes larger outputs are cut and fail the case instead of exhausting memory
 */
public record Limits(int caseSeconds, int runSeconds, long maxOutputBytes) {
}
