package org.ramp.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the agent did in a stage.
 *
 * @param stopReason why it stopped: "finished", "no-tool-calls", "budget-calls", "budget-tokens",
 *                   "budget-dollars", "budget-time", "context-length", "endpoint-failure", "exited N",
 *                   "timeout", "crashed", "skipped" (noop), ...
 * @param output     what an agent program printed (command agents); null for the engine's own agents
 */
public record AgentPhase(String agent, double seconds, int turns, int toolCalls, int toolErrors, String stopReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProgramOutput output) {

    /** An agent phase without a program's output (the builtin, noop and replay agents). */
    public AgentPhase(String agent, double seconds, int turns, int toolCalls, int toolErrors, String stopReason) {
        this(agent, seconds, turns, toolCalls, toolErrors, stopReason, null);
    }
}
