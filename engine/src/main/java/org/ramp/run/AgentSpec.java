package org.ramp.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 */
public record AgentSpec(String kind, String command, boolean freshPerStage, int contextWindow, double temperature,
        Path replayFrom) {
    public static final String BUILTIN = "builtin";
    public static final String COMMAND = "command";
    public static final String NOOP = "noop";
    public static final String REPLAY = "replay";

    public static AgentSpec noop() {
        return new AgentSpec(NOOP, null, false, 128_000, 0.2, null);
    }

    /** A replay is the builtin agent talking to the recorded answers. */
    public Agent create() {
        return switch (kind) {
            case BUILTIN, REPLAY -> new BuiltinAgent(new BuiltinAgent.Settings(freshPerStage, contextWindow, temperature,
                    Duration.ofMinutes(10)));
            case COMMAND -> new CommandAgent(command);
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
        return options;
    }

    /** The agent run.json describes: the inverse of {@link #options()}. */
    public static AgentSpec fromOptions(String kind, Map<String, String> options) {
        AgentSpec defaults = noop();
        String replay = options.get("replayFrom");
        return new AgentSpec(kind, options.get("command"), "per-stage".equals(options.get("conversation")),
                Integer.parseInt(options.getOrDefault("contextWindow", String.valueOf(defaults.contextWindow()))),
                Double.parseDouble(options.getOrDefault("temperature", String.valueOf(defaults.temperature()))),
                replay == null ? null : Path.of(replay));
    }
}
