package org.ramp.results;

/**
 * A run's totals. Failures are counted apart: a model failure is the agent's, an infrastructure
 * failure the harness's, a configuration failure the set-up's (an agent program that cannot start).
 */
public record RunTotals(double seconds, Usage usage, int stagesPassed, int modelFailures,
        int infrastructureFailures, int configurationFailures) {

    /** Totals without configuration failures (results recorded before they were counted). */
    public RunTotals(double seconds, Usage usage, int stagesPassed, int modelFailures, int infrastructureFailures) {
        this(seconds, usage, stagesPassed, modelFailures, infrastructureFailures, 0);
    }
}
