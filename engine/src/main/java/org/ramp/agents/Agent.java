package org.ramp.agents;

/**
 * Something that works on a stage: the engine's own tool-calling loop, an agent program in the image,
 * nothing at all, or a replay of a recorded trajectory. Every agent reaches the model only through the
 * run's gateway, so that accounting is the same for all of them.
 */
public interface Agent {

    /** Works on one stage until it is done, gives up, or a budget ends. */
    AgentOutcome work(AgentTask task) throws InterruptedException;

    /** A short name for results: builtin, command, noop, replay. */
    String kind();
}
