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
    /** The image the agent phase runs in ({@code --agent-image}); null: the global default, else the toolchain's. */
    public String agentImage;
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

    /** Whether the agent talks to a model, and so needs an endpoint and a key (a recipe's CLI, through the gateway). */
    public boolean usesEndpoint() {
        return Agents.BUILTIN.equals(agent) || Agents.COMMAND.equals(agent) || Agents.isRecipe(agent);
    }

    /**
     * Whether the agent runs in an image that {@code --agent-image} may name: not noop (it runs nothing) and not a
     * recipe (it brings its own image); the engine refuses the option with those.
     */
    public boolean takesAgentImage() {
        return Agents.BUILTIN.equals(agent) || Agents.COMMAND.equals(agent) || Agents.REPLAY.equals(agent);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunOptions)) {
            return false;
        }
        RunOptions r = (RunOptions) o;
        return Objects.equals(model, r.model) && Objects.equals(endpoint, r.endpoint) && Objects.equals(agent, r.agent)
                && Objects.equals(agentCommand, r.agentCommand) && Objects.equals(agentImage, r.agentImage)
                && Objects.equals(replay, r.replay)
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

    /** The agent kinds of {@code ramp run --agent}, and the names of agent recipes (the engine's agents/NAME/). */
    public static final class Agents {
        public static final String BUILTIN = "builtin";
        public static final String COMMAND = "command";
        public static final String NOOP = "noop";
        public static final String REPLAY = "replay";
        public static final java.util.List<String> ALL = java.util.List.of(BUILTIN, COMMAND, NOOP, REPLAY);
        /** A recipe's name as the engine's AgentRecipe requires it; whether one exists is the engine's to say. */
        private static final java.util.regex.Pattern RECIPE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

        /** Whether {@code agent} names an agent recipe (by its form: not a kind, lower-case letters, digits, '-'). */
        public static boolean isRecipe(String agent) {
            return agent != null && !ALL.contains(agent) && RECIPE.matcher(agent).matches();
        }

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
