package io.jenkins.plugins.ramp.engine;

import java.io.Serializable;
import java.util.Objects;

/**
 * The options of {@code ramp start} that a {@code rampRun} step gives, as plain values (null: the engine's
 * default). Serializable because a step execution holds it across the Pipeline's persistence; holds no secret:
 * the API key travels only in the engine process's environment.
 */
public final class RunOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    public String model;
    public String endpoint;
    public String agent = Agents.BUILTIN;
    public String agentCommand;
    /** A workspace-relative run folder whose transcripts the replay agent replays. */
    public String replay;
    public String mode = Modes.CHAIN;
    public Long maxCalls;
    public Long maxSeconds;
    public Long maxTokens;
    public Double maxDollars;
    public Long stageMaxCalls;
    public Long stageMaxTokens;
    public Double stageMaxDollars;
    public Long stageMaxSeconds;
    public Integer maxTurns;
    public Double temperature;
    public String conversation;
    public Integer contextWindow;
    /** The run's model's price, "IN,CACHED,OUT" in USD per million tokens. */
    public String price;
    /** A workspace-relative price table file, used instead of the global one. */
    public String prices;
    /** Test programs, "A,B". */
    public String programs;

    /** Whether the agent talks to a model, and so needs an endpoint and a key. */
    public boolean usesEndpoint() {
        return Agents.BUILTIN.equals(agent) || Agents.COMMAND.equals(agent);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunOptions)) {
            return false;
        }
        RunOptions r = (RunOptions) o;
        return Objects.equals(model, r.model) && Objects.equals(endpoint, r.endpoint) && Objects.equals(agent, r.agent)
                && Objects.equals(agentCommand, r.agentCommand) && Objects.equals(replay, r.replay)
                && Objects.equals(mode, r.mode) && Objects.equals(maxCalls, r.maxCalls)
                && Objects.equals(maxSeconds, r.maxSeconds) && Objects.equals(maxTokens, r.maxTokens)
                && Objects.equals(maxDollars, r.maxDollars) && Objects.equals(stageMaxCalls, r.stageMaxCalls)
                && Objects.equals(stageMaxTokens, r.stageMaxTokens) && Objects.equals(stageMaxDollars, r.stageMaxDollars)
                && Objects.equals(stageMaxSeconds, r.stageMaxSeconds) && Objects.equals(maxTurns, r.maxTurns)
                && Objects.equals(temperature, r.temperature) && Objects.equals(conversation, r.conversation)
                && Objects.equals(contextWindow, r.contextWindow) && Objects.equals(price, r.price)
                && Objects.equals(prices, r.prices) && Objects.equals(programs, r.programs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, endpoint, agent, mode, programs);
    }

    /** The agent kinds of {@code ramp run --agent}. */
    public static final class Agents {
        public static final String BUILTIN = "builtin";
        public static final String COMMAND = "command";
        public static final String NOOP = "noop";
        public static final String REPLAY = "replay";
        public static final java.util.List<String> ALL = java.util.List.of(BUILTIN, COMMAND, NOOP, REPLAY);

        private Agents() {
        }
    }

    /** The modes of the Resurrection Protocol, {@code ramp run --mode}. */
    public static final class Modes {
        public static final String CHAIN = "chain";
        public static final java.util.List<String> ALL = java.util.List.of(CHAIN, "golden-inputs", "strict");

        private Modes() {
        }
    }
}
