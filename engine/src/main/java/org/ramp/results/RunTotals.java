package org.ramp.results;

/**
 * A run's totals. Failures are counted apart: a model failure is the agent's, an infrastructure
 * failure the harness's.
 */
public record RunTotals(double seconds, Usage usage, int stagesPassed, int modelFailures,
        int infrastructureFailures) {
}
