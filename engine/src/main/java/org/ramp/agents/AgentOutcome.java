package org.ramp.agents;

/**
 * How an agent's work on a stage ended.
 *
 * @param stopReason see {@link StopReason}; "exited N" for agent programs
 */
public record AgentOutcome(String stopReason, int turns, int toolCalls, int toolErrors, double seconds) {
}
