package org.ramp.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.agents.Agent;
import org.ramp.agents.BuiltinAgent;
import org.ramp.agents.CommandAgent;
import org.ramp.agents.NoopAgent;

/**
 * Which agent works on the run, with its settings.
 *
 * @param kind           builtin, command, noop or replay
 * @param command        the agent program's command line (command agent)
 * @param freshPerStage  a new conversation per stage instead of one for the whole run (builtin, replay)
 * @param contextWindow  the model's context window in tokens (builtin, replay)
 * @param temperature    sampling temperature (RAMP used 0.2)
 * @param replayFrom     the run whose transcripts a replay serves
 * @param recipe         the agent recipe a command agent comes from (agents/NAME), or null
 * @param image          the image the agent phase runs in, as the user named it; null for the toolchain image
 * @param imageId        that image's id, found at the run's start: every stage runs in exactly that image
 */
public record AgentSpec(String kind, String command, boolean freshPerStage, int contextWindow, double temperature,
        Path replayFrom, String recipe, String image, String imageId) {
    public static final String BUILTIN = "builtin";
    public static final String COMMAND = "command";
    public static final String NOOP = "noop";
    public static final String REPLAY = "replay";
    /** The agents that are not recipes. */
    public static final List<String> KINDS = List.of(BUILTIN, COMMAND, NOOP, REPLAY);

    /** An agent in the toolchain image, from no recipe. */
    public AgentSpec(String kind, String command, boolean freshPerStage, int contextWindow, double temperature,
            Path replayFrom) {
        this(kind, command, freshPerStage, contextWindow, temperature, replayFrom, null, null, null);
    }

    public static AgentSpec noop() {
        return new AgentSpec(NOOP, null, false, 128_000, 0.2, null);
    }

    /** What results call the agent: its recipe's name (qwen-code), or its kind. */
    public String name() {
        return recipe != null ? recipe : kind;
    }

    /** The same agent in this image, found with this id. */
    public AgentSpec withImage(String reference, String id) {
        return new AgentSpec(kind, command, freshPerStage, contextWindow, temperature, replayFrom, recipe, reference, id);
    }

    /** The image the agent phase runs in: its own when it has one, else the toolchain's. */
    public String imageOr(String toolchainImage) {
        return imageId != null ? imageId : toolchainImage;
    }

    /** A replay is the builtin agent talking to the recorded answers. */
    public Agent create() {
        return switch (kind) {
            case BUILTIN, REPLAY -> new BuiltinAgent(new BuiltinAgent.Settings(freshPerStage, contextWindow, temperature,
                    Duration.ofMinutes(10)));
            case COMMAND -> new CommandAgent(name(), command);
            case NOOP -> new NoopAgent();
            default -> throw new IllegalArgumentException("unknown agent \"" + kind + "\"; use builtin, command, noop"
                    + " or replay");
        };
    }

    /** Whether the agent calls a model at all. */
    public boolean usesModel() {
        return !NOOP.equals(kind);
    }

    /** For run.json: the settings, never a secret. */
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        switch (kind) {
            case COMMAND -> {
                if (recipe != null) {
                    options.put("recipe", recipe);
                }
                options.put("command", command);
                options.put("temperature", String.valueOf(temperature));
            }
            case BUILTIN, REPLAY -> {
                options.put("conversation", freshPerStage ? "per-stage" : "single");
                options.put("contextWindow", String.valueOf(contextWindow));
                options.put("temperature", String.valueOf(temperature));
                if (replayFrom != null) {
                    options.put("replayFrom", replayFrom.toString());
                }
            }
            default -> { }
        }
        if (image != null) {
            options.put("image", image);
            options.put("imageId", imageId);
        }
        return options;
    }

    /**
     * The agent run.json describes: the inverse of {@link #options()}. A recipe's agent is recorded under
     * its recipe's name, and is a command agent.
     */
    public static AgentSpec fromOptions(String agent, Map<String, String> options) {
        AgentSpec defaults = noop();
        String replay = options.get("replayFrom");
        String recipe = options.get("recipe");
        return new AgentSpec(recipe != null ? COMMAND : agent, options.get("command"),
                "per-stage".equals(options.get("conversation")),
                Integer.parseInt(options.getOrDefault("contextWindow", String.valueOf(defaults.contextWindow()))),
                Double.parseDouble(options.getOrDefault("temperature", String.valueOf(defaults.temperature()))),
                replay == null ? null : Path.of(replay), recipe, options.get("image"), options.get("imageId"));
    }
}
