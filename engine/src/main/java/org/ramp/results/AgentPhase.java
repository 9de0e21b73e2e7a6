package org.ramp.results;

/**
 * What the agent did in a stage.
 *
 * @param stopReason why it stopped: "finished", "no-tool-calls", "budget-calls", "budget-tokens",
 *                   "budget-dollars", "budget-time", "context-length", "endpoint-failure", "exited N",
 *                   "timeout", "crashed", "skipped" (noop), ...
 */
public record AgentPhase(String agent, double seconds, int turns, int toolCalls, int toolErrors, String stopReason) {
}
