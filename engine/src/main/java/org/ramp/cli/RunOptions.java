package org.ramp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ramp.agentimage.AgentRecipe;
import org.ramp.agentimage.AgentRecipes;
import org.ramp.agentimage.RecipeException;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.metrics.AeiScales;
import org.ramp.run.AgentSpec;
import org.ramp.run.Mode;
import org.ramp.run.RunConfig;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The settings of a new run ({@code ramp run}, {@code ramp start}). Every value is checked before anything
 * is created, and a bad one is a usage error naming the option, the value and what would do.
 */
final class RunOptions {
    @Option(names = "--agent", paramLabel = "KIND|RECIPE", defaultValue = "builtin",
            description = "builtin (the engine's tool loop), command (a program in the image), noop (does nothing),"
                    + " replay (replays --replay RUN_DIR), or the name of an agent recipe in agents/ (qwen-code,"
                    + " opencode: its CLI in its own image, built when missing); default: ${DEFAULT-VALUE}")
    String agent;

    @Option(names = "--agent-command", paramLabel = "COMMAND",
            description = "the command agent's program; {prompt_file} is replaced by the prompt's path")
    String agentCommand;

    @Option(names = "--agent-image", paramLabel = "IMAGE",
            description = "the image the agent phase runs in (built FROM the toolchain image); grading always runs"
                    + " in the toolchain image; default: the toolchain image")
    String agentImage;

    @Option(names = "--replay", paramLabel = "RUN_DIR", description = "the run whose recorded trajectory to replay")
    Path replay;

    @Option(names = "--model", paramLabel = "NAME", description = "the model the endpoint serves (needs a price)")
    String model;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "the OpenAI-compatible endpoint's base URL, e.g. https://api.openai.com/v1")
    String endpoint;

    @Option(names = "--api-key-env", paramLabel = "VAR", defaultValue = "OPENAI_API_KEY",
            description = "the environment variable holding the endpoint's API key (never a command-line"
                    + " argument); default: ${DEFAULT-VALUE}")
    String apiKeyEnv;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "chain",
            description = "chain, golden-inputs or strict; default: ${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--max-calls", paramLabel = "N", defaultValue = "500",
            description = "LLM calls for the whole run (RAMP: 500); default: ${DEFAULT-VALUE}")
    long maxCalls;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "18000",
            description = "wall time of the whole run (RAMP: 5 hours); default: ${DEFAULT-VALUE}")
    long maxSeconds;

    @Option(names = "--max-tokens", paramLabel = "N", description = "tokens for the whole run (no limit by default)")
    Long maxTokens;

    @Option(names = "--max-dollars", paramLabel = "USD", description = "cost for the whole run (no limit by default)")
    Double maxDollars;

    @Option(names = "--stage-max-calls", paramLabel = "N", description = "LLM calls per stage")
    Long stageMaxCalls;

    @Option(names = "--stage-max-tokens", paramLabel = "N", description = "tokens per stage")
    Long stageMaxTokens;

    @Option(names = "--stage-max-dollars", paramLabel = "USD", description = "cost per stage")
    Double stageMaxDollars;

    @Option(names = "--stage-max-seconds", paramLabel = "S", description = "wall time of one stage's agent phase")
    Long stageMaxSeconds;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "1000",
            description = "model calls the agent may make in one stage; default: ${DEFAULT-VALUE}")
    int maxTurns;

    @Option(names = "--conversation", paramLabel = "single|per-stage", defaultValue = "single",
            description = "one conversation across all stages (as RAMP) or a fresh one per stage; default: "
                    + "${DEFAULT-VALUE}")
    String conversation;

    @Option(names = "--context-window", paramLabel = "TOKENS", defaultValue = "128000",
            description = "the model's context window, for context management (1024 or more); default: "
                    + "${DEFAULT-VALUE}")
    int contextWindow;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.2",
            description = "sampling temperature, 0 to 2 (RAMP: 0.2); default: ${DEFAULT-VALUE}")
    double temperature;

    @Option(names = "--prices", paramLabel = "FILE", description = "a price table merged over the bundled one")
    Path prices;

    @Option(names = "--price", paramLabel = "MODEL=IN,CACHED,OUT",
            description = "a model's price in USD per million input, cached-input and output tokens")
    List<String> price = new ArrayList<>();

    @Option(names = "--time-scale", paramLabel = "S", defaultValue = "20000", description = "AEI's time scale")
    double timeScale;

    @Option(names = "--cost-scale", paramLabel = "USD", defaultValue = "200", description = "AEI's cost scale")
    double costScale;

    @Option(names = "--token-scale", paramLabel = "N", defaultValue = "3e8", description = "AEI's token scale")
    double tokenScale;

    @Option(names = "--workspace-quota", paramLabel = "SIZE", defaultValue = "2G",
            description = "the most the workspace's files may hold in the agent phase, in bytes or with K, M or G"
                    + " (binary); it lives in memory meanwhile; default: ${DEFAULT-VALUE}")
    String workspaceQuota;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The run's configuration, every option checked; reads the key from the environment when one is needed. */
    RunConfig config(Workload workload, GoldenSet golden, List<TestProgram> programs, Path runDir) {
        AgentSpec agentSpec = agentSpec();
        Mode runMode = Mode.byId(mode).orElseThrow(() -> usage("--mode " + mode + ": use chain, golden-inputs or strict"));
        Budgets run = new Budgets(atLeast("--max-calls", maxCalls, 0), atLeast("--max-tokens", maxTokens, 0),
                dollars("--max-dollars", maxDollars), atLeast("--max-seconds", maxSeconds, 1));
        Budgets stage = new Budgets(atLeast("--stage-max-calls", stageMaxCalls, 0),
                atLeast("--stage-max-tokens", stageMaxTokens, 0), dollars("--stage-max-dollars", stageMaxDollars),
                atLeast("--stage-max-seconds", stageMaxSeconds, 1));
        atLeast("--max-turns", (long) maxTurns, 1);
        AeiScales scales = new AeiScales(scale("--time-scale", timeScale), scale("--cost-scale", costScale),
                scale("--token-scale", tokenScale));
        Secret key = Secret.none();
        boolean endpointNeeded = agentSpec.kind().equals(AgentSpec.BUILTIN) || agentSpec.kind().equals(AgentSpec.COMMAND);
        if (endpointNeeded) {
            if (model == null || endpoint == null) {
                throw usage("--agent " + agent + " needs --model and --endpoint (an OpenAI-compatible base URL);"
                        + " for a run without a model use --agent noop");
            }
            if (!endpoint.matches("https?://[^\\s/]+.*")) {
                throw usage("--endpoint " + endpoint + ": give an http:// or https:// base URL, e.g. "
                        + "https://api.openai.com/v1");
            }
            key = RecordedRuns.key(apiKeyEnv, spec);
        }
        String runModel = model;
        if (agentSpec.kind().equals(AgentSpec.REPLAY) && runModel == null) {
            runModel = RecordedRuns.open(agentSpec.replayFrom(), spec).settings().model();
        }
        PriceTable table = prices(agentSpec.usesModel() ? runModel : null);
        if (!Files.isRegularFile(golden.manifestFile())) {
            throw usage("--golden " + golden.root() + ": no golden folder there (no manifest.json); give the"
                    + " repository's golden/ folder, or make one with: ramp golden generate");
        }
        return new RunConfig(workload, golden, runDir, programs, runMode, agentSpec, runModel, endpoint, key, apiKeyEnv,
                table, run, stage, maxTurns, scales, RetryPolicy.DEFAULT, quota());
    }

    private AgentSpec agentSpec() {
        if (!AgentSpec.KINDS.contains(agent)) {
            return recipeSpec();
        }
        if (agent.equals(AgentSpec.COMMAND) && (agentCommand == null || agentCommand.isBlank())) {
            throw usage("--agent command needs --agent-command \"PROGRAM ...\"");
        }
        if (agentCommand != null && !agent.equals(AgentSpec.COMMAND)) {
            throw usage("--agent-command is the command agent's; use it with --agent command");
        }
        if (agentImage != null && agent.equals(AgentSpec.NOOP)) {
            throw usage("--agent-image: the noop agent runs nothing; give --agent-image with --agent command or"
                    + " builtin");
        }
        if (agentImage != null && agentImage.isBlank()) {
            throw usage("--agent-image \"\": name an image (a tag such as ramp-agent-qwen-code:1a2b3c4d5e6f, or an id)");
        }
        if (agent.equals(AgentSpec.REPLAY) && (replay == null || !Files.isRegularFile(replay.resolve("run.json")))) {
            throw usage("--agent replay needs --replay RUN_DIR, the folder of a run with run.json and transcripts/"
                    + " (not found: " + replay + ")");
        }
        if (!conversation.equals("single") && !conversation.equals("per-stage")) {
            throw usage("--conversation " + conversation + ": use single or per-stage");
        }
        if (contextWindow < 1024) {
            throw usage("--context-window " + contextWindow + ": give the model's context window in tokens, 1024 or"
                    + " more");
        }
        if (!Double.isFinite(temperature) || temperature < 0 || temperature > 2) {
            throw usage("--temperature " + temperature + ": give a number from 0 to 2 (RAMP used 0.2)");
        }
        return new AgentSpec(agent, agentCommand, conversation.equals("per-stage"), contextWindow, temperature,
                replay == null ? null : replay.toAbsolutePath().normalize(), null, agentImage, null);
    }

    /** An agent recipe's command agent; its image is found or built once Docker is there (AgentImages). */
    private AgentSpec recipeSpec() {
        AgentRecipes recipes = new AgentRecipes(Home.agents());
        if (!recipes.has(agent)) {
            throw usage("--agent " + agent + ": use builtin, command, noop, replay or an agent recipe "
                    + recipes.names() + " (a folder of " + recipes.root() + ")");
        }
        if (agentCommand != null || agentImage != null) {
            throw usage("--agent " + agent + " runs its recipe's command line in its recipe's image; for another"
                    + " program or image use --agent command --agent-image IMAGE --agent-command \"...\"");
        }
        AgentRecipe recipe;
        try {
            recipe = recipes.load(agent);
        } catch (RecipeException e) {
            throw usage("--agent " + agent + ": " + e.getMessage());
        }
        if (!Double.isFinite(temperature) || temperature < 0 || temperature > 2) {
            throw usage("--temperature " + temperature + ": give a number from 0 to 2 (RAMP used 0.2)");
        }
        return new AgentSpec(AgentSpec.COMMAND, recipe.command(), false, contextWindow, temperature, null,
                recipe.name(), null, null);
    }

    /** The bundled prices, the user's file over them, then each --price; the model must have one. */
    private PriceTable prices(String pricedModel) {
        PriceTable table = PriceTable.defaults();
        if (prices != null) {
            try {
                table = table.merge(PriceTable.read(prices));
            } catch (RuntimeException e) {
                throw usage("--prices " + prices + ": " + e.getMessage());
            }
        }
        try {
            for (String option : price) {
                table = table.with(PriceTable.parseOption(option));
            }
            if (pricedModel != null) {
                table.require(pricedModel);
            }
        } catch (RuntimeException e) {
            throw usage(e.getMessage());
        }
        return table;
    }

    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("(\\d{1,15})([KMG]?)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** --workspace-quota: bytes, or a number of KiB, MiB or GiB; at least 16 MiB (the starting workspace needs a few). */
    private long quota() {
        java.util.regex.Matcher size = SIZE.matcher(workspaceQuota.strip());
        long bytes = -1;
        if (size.matches()) {
            int shift = switch (size.group(2).toUpperCase(java.util.Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            long number = Long.parseLong(size.group(1));
            bytes = number > (Long.MAX_VALUE >> shift) ? -1 : number << shift;
        }
        if (bytes < 16L << 20) {
            throw usage("--workspace-quota " + workspaceQuota + ": give a size of 16M or more, in bytes or with K, M"
                    + " or G, e.g. 2G");
        }
        return bytes;
    }

    private Long atLeast(String option, Long value, long minimum) {
        if (value != null && value < minimum) {
            throw usage(option + " " + value + ": give a whole number, " + minimum + " or more");
        }
        return value;
    }

    private Double dollars(String option, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw usage(option + " " + value + ": give an amount of USD, 0 or more");
        }
        return value;
    }

    private double scale(String option, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw usage(option + " " + value + ": give a number greater than 0");
        }
        return value;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
