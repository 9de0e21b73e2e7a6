package org.ramp.results;

import java.util.List;

/** A failed stage's class and the evidence it was classified on (budget names, error lines, log tails). */
public record Failure(FailureClass failureClass, List<String> evidence) {

    public Failure {
        evidence = List.copyOf(evidence);
    }
}
