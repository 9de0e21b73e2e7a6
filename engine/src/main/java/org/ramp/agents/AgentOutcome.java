package org.ramp.agents;

import org.ramp.results.ProgramOutput;

/**
 * How an agent's work on a stage ended.
 *
 * @param stopReason   see {@link StopReason}; "exited N" for agent programs
 * @param startFailure why an agent program could not start or ended before its first model call, in
 *                     the words of the shell or the program ("qwen-code: command not found"); null when
 *                     it started (and always for the engine's own agents)
 * @param output       what an agent program printed; null for the engine's own agents
 */
public record AgentOutcome(String stopReason, int turns, int toolCalls, int toolErrors, double seconds,
        String startFailure, ProgramOutput output) {

    /** The outcome of an agent that runs no program of its own. */
    public AgentOutcome(String stopReason, int turns, int toolCalls, int toolErrors, double seconds) {
        this(stopReason, turns, toolCalls, toolErrors, seconds, null, null);
    }

    /** The same outcome with the turns counted as the gateway counts them (its model calls). */
    public AgentOutcome withTurns(int gatewayCalls) {
        return new AgentOutcome(stopReason, gatewayCalls, toolCalls, toolErrors, seconds, startFailure, output);
    }
}
