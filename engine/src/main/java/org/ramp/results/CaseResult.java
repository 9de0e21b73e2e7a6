package org.ramp.results;

/** One graded case (a test program, or a T0 check). */
public record CaseResult(String name, String visibility, double score, String reason, double seconds) {
}
