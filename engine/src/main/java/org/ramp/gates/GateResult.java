package org.ramp.gates;

/**
 * One gate on one run.
 *
 * @param run            the run's name (its reference is the reference run of this name)
 * @param value          the run's value; null when it has none (the gate then failed)
 * @param referenceRunId the reference run, when there is one
 * @param reference      the reference run's value; null for an ABSOLUTE gate or when there is none
 * @param delta          value - reference, when both are known
 * @param passed         false only when the gate failed (a gate without reference does not fail)
 * @param message        the comparison or why it could not be made, in words
 */
public record GateResult(QualityGate gate, String run, String runId, String model, Double value,
        String referenceRunId, Double reference, Double delta, GateStatus status, boolean passed, String message) {
}
