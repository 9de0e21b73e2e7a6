package io.jenkins.plugins.ramp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of the engine's per-stage commands (the contract in PLAN.md), built from a step's arguments.
 * Plain so that tests read exactly what a step runs. The API key never appears here: the engine reads it from the
 * environment variable {@link #API_KEY_ENV}, which only the process's environment carries.
 */
public final class EngineCommandLine {
    /** The variable the plugin puts the credential's secret in, named to the engine by {@code --api-key-env}. */
    public static final String API_KEY_ENV = "RAMP_API_KEY";

    private EngineCommandLine() {
    }

    /** {@code ramp start}: create the run in {@code runDir} or find it again. */
    public static List<String> start(String runDir, RunOptions o, EngineSettings settings, boolean withKey) {
        List<String> args = new ArrayList<>(List.of("start", "--run-dir", runDir));
        add(args, "--agent", o.agent);
        add(args, "--agent-command", o.agentCommand);
        add(args, "--agent-image", agentImage(o, settings));
        add(args, "--replay", o.replay);
        add(args, "--model", o.model);
        add(args, "--endpoint", o.endpoint);
        add(args, "--mode", o.mode);
        add(args, "--max-calls", o.maxCalls);
        add(args, "--max-seconds", o.maxSeconds);
        add(args, "--max-tokens", o.maxTokens);
        add(args, "--max-dollars", o.maxDollars);
        add(args, "--stage-max-calls", o.stageMaxCalls);
        add(args, "--stage-max-tokens", o.stageMaxTokens);
        add(args, "--stage-max-dollars", o.stageMaxDollars);
        add(args, "--stage-max-seconds", o.stageMaxSeconds);
        add(args, "--max-turns", o.maxTurns);
        add(args, "--temperature", o.temperature);
        add(args, "--conversation", o.conversation);
        add(args, "--context-window", o.contextWindow);
        add(args, "--prices", o.prices != null ? o.prices : settings.pricesFile);
        if (o.price != null && o.model != null) {
            args.add("--price");
            args.add(o.model + "=" + o.price.replace(" ", ""));
        }
        add(args, "--programs", o.programs == null ? null : o.programs.replace(" ", ""));
        if (withKey) {
            args.add("--api-key-env");
            args.add(API_KEY_ENV);
        }
        add(args, "--time-scale", settings.timeScale);
        add(args, "--cost-scale", settings.costScale);
        add(args, "--token-scale", settings.tokenScale);
        return args;
    }

    /**
     * The step's agent image, else the global default where the agent runs in an image the option may name (the
     * default is for every run; a noop or recipe run would be refused with it, so it is left out there).
     */
    static String agentImage(RunOptions o, EngineSettings settings) {
        if (o.agentImage != null) {
            return o.agentImage;
        }
        return o.takesAgentImage() ? settings.agentImage : null;
    }

    /** {@code ramp stage}: exactly that stage; a stage that has a result is not run again. */
    public static List<String> stage(String runDir, String stage) {
        return List.of("stage", "--run-dir", runDir, "--stage", stage);
    }

    /** {@code ramp resurrect}: the Resurrection Protocol for a failed stage. */
    public static List<String> resurrect(String runDir, String stage) {
        return List.of("resurrect", "--run-dir", runDir, "--stage", stage);
    }

    /** {@code ramp finish}: metrics, junit.xml, report.html; run.json completed. */
    public static List<String> finish(String runDir) {
        return List.of("finish", "--run-dir", runDir);
    }

    /** {@code ramp image build}: builds the toolchain image, or finds it (idempotent). */
    public static List<String> imageBuild() {
        return List.of("image", "build");
    }

    /** {@code ramp agent build NAME}: builds a recipe's agent image FROM the toolchain image, or finds it. */
    public static List<String> agentBuild(String recipe) {
        return List.of("agent", "build", recipe);
    }

    private static void add(List<String> args, String option, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Double ? number((Double) value) : value.toString();
        if (!text.isEmpty()) {
            args.add(option);
            args.add(text);
        }
    }

    /** Doubles without a trailing ".0" where they are whole, and never in a locale's format. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
