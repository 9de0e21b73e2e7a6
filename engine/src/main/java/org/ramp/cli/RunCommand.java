package org.ramp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.metrics.AeiScales;
import org.ramp.report.HtmlReport;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.StageResult;
import org.ramp.run.AgentSpec;
import org.ramp.run.Mode;
import org.ramp.run.Orchestrator;
import org.ramp.run.RunConfig;
import org.ramp.util.Progress;
import org.ramp.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp run}: one assessment run, T0 to T5. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an agent through stages T0-T5 in Docker, grade every stage, resurrect failed ones, and "
                + "write run.json, junit.xml, the transcripts and report.html into the run's folder.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    Home home;

    @Mixin
    ProgramOption programs;

    @Option(names = "--agent", paramLabel = "KIND", defaultValue = "builtin",
            description = "builtin (the engine's tool loop), command (a program in the image), noop (does nothing),"
                    + " replay (replays --replay RUN_DIR); default: ${DEFAULT-VALUE}")
    String agent;

    @Option(names = "--agent-command", paramLabel = "COMMAND",
            description = "the command agent's program; {prompt_file} is replaced by the prompt's path")
    String agentCommand;

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
            description = "the model's context window, for context management; default: ${DEFAULT-VALUE}")
    int contextWindow;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.2",
            description = "sampling temperature (RAMP: 0.2); default: ${DEFAULT-VALUE}")
    double temperature;

    @Option(names = "--prices", paramLabel = "FILE", description = "a price table merged over the bundled one")
    Path prices;

    @Option(names = "--price", paramLabel = "MODEL=IN,CACHED,OUT",
            description = "a model's price in USD per million input, cached-input and output tokens")
    List<String> price = new ArrayList<>();

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "where run folders are created (default: runs/ under RAMP_HOME)")
    Path runsDir;

    @Option(names = "--run-id", paramLabel = "ID", description = "the new run's folder name (default: time and a random suffix)")
    String runId;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "continue an interrupted run at its first stage without a result, with its settings")
    Path resume;

    @Option(names = "--history", paramLabel = "DIR",
            description = "earlier runs for the report's trend charts (default: the runs folder)")
    Path history;

    @Option(names = "--time-scale", paramLabel = "S", defaultValue = "20000", description = "AEI's time scale")
    double timeScale;

    @Option(names = "--cost-scale", paramLabel = "USD", defaultValue = "200", description = "AEI's cost scale")
    double costScale;

    @Option(names = "--token-scale", paramLabel = "N", defaultValue = "3e8", description = "AEI's token scale")
    double tokenScale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workload workload = home.loadWorkload();
        RunConfig config = resume != null ? resumeConfig(workload) : newConfig(workload);
        try (DockerSession session = DockerSession.open(workload)) {
            RunResult result = new Orchestrator(session.docker, session.toolchain, Progress.stderr()).run(config);
            HtmlReport.write(config.runDir(), history != null ? history : config.runDir().getParent());
            System.out.print(SummaryTable.render(result));
            System.out.println("results in " + config.runDir() + " (run.json, junit.xml, report.html)");
        }
        return ExitCodes.OK;
    }

    /** A new run: its folder must not exist yet. */
    private RunConfig newConfig(Workload workload) {
        Path runs = runsDir != null ? runsDir : Home.root().resolve("runs");
        String id = runId != null ? runId : LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + HexFormat.of().formatHex(java.security.SecureRandom.getSeed(3));
        Path runDir = runs.resolve(id).toAbsolutePath().normalize();
        if (Files.exists(runDir)) {
            throw new ParameterException(spec.commandLine(), runDir + " exists already; pick another --run-id, or"
                    + " continue it with --resume " + runDir);
        }
        return config(workload, runDir);
    }

    /**
     * A resumed run takes its settings and its programs from its run.json; only the key comes from the
     * environment again.
     */
    private RunConfig resumeConfig(Workload workload) throws java.io.IOException {
        Path runDir = resume.toAbsolutePath().normalize();
        if (!Files.isRegularFile(runDir.resolve("run.json"))) {
            throw new ParameterException(spec.commandLine(), "--resume " + resume + ": no run.json there");
        }
        RunResult previous = RunResults.readRun(runDir.resolve("run.json"));
        agent = previous.settings().agent();
        Map<String, String> options = previous.settings().agentOptions();
        agentCommand = options.get("command");
        replay = options.containsKey("replayFrom") ? Path.of(options.get("replayFrom")) : null;
        conversation = options.getOrDefault("conversation", "single");
        contextWindow = Integer.parseInt(options.getOrDefault("contextWindow", String.valueOf(contextWindow)));
        temperature = Double.parseDouble(options.getOrDefault("temperature", String.valueOf(temperature)));
        mode = previous.settings().mode();
        model = previous.settings().model().equals("none") ? null : previous.settings().model();
        endpoint = previous.settings().endpoint().isEmpty() ? null : previous.settings().endpoint();
        Map<String, Double> run = previous.settings().runBudgets();
        maxCalls = run.getOrDefault("calls", (double) Long.MAX_VALUE).longValue();
        maxSeconds = run.getOrDefault("seconds", (double) Long.MAX_VALUE).longValue();
        maxTokens = whole(run.get("tokens"));
        maxDollars = run.get("dollars");
        Map<String, Double> stage = previous.settings().stageBudgets();
        stageMaxCalls = whole(stage.get("calls"));
        stageMaxTokens = whole(stage.get("tokens"));
        stageMaxDollars = stage.get("dollars");
        stageMaxSeconds = whole(stage.get("seconds"));
        Map<String, Double> scales = previous.settings().aeiScales();
        timeScale = scales.getOrDefault("seconds", timeScale);
        costScale = scales.getOrDefault("dollars", costScale);
        tokenScale = scales.getOrDefault("tokens", tokenScale);
        if (programs.names == null && !previous.settings().programs().isEmpty()) {
            programs.names = previous.settings().programs();
        }
        return config(workload, runDir);
    }

    private static Long whole(Double value) {
        return value == null ? null : value.longValue();
    }

    private RunConfig config(Workload workload, Path runDir) {
        AgentSpec agentSpec = agentSpec();
        Mode runMode = Mode.byId(mode).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--mode " + mode + ": use chain, golden-inputs or strict"));
        Secret key = Secret.none();
        if (agentSpec.kind().equals(AgentSpec.BUILTIN) || agentSpec.kind().equals(AgentSpec.COMMAND)) {
            if (model == null || endpoint == null) {
                throw new ParameterException(spec.commandLine(), "--agent " + agent + " needs --model and --endpoint"
                        + " (an OpenAI-compatible base URL); for a run without a model use --agent noop");
            }
            String value = System.getenv(apiKeyEnv);
            if (value == null || value.isBlank()) {
                throw new ParameterException(spec.commandLine(), "the API key is read from the environment variable "
                        + apiKeyEnv + ", which is not set; export it (or name another with --api-key-env)");
            }
            key = Secret.of(value);
        }
        if (agentSpec.kind().equals(AgentSpec.REPLAY) && model == null) {
            model = recordedModel(agentSpec.replayFrom());
        }
        PriceTable table = PriceTable.defaults();
        if (prices != null) {
            table = table.merge(PriceTable.read(prices));
        }
        try {
            for (String option : price) {
                table = table.with(PriceTable.parseOption(option));
            }
            if (agentSpec.usesModel()) {
                table.require(model);
            }
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new RunConfig(workload, home.goldenSet(), runDir, programs.select(workload), runMode, agentSpec, model,
                endpoint, key, table, new Budgets(maxCalls, maxTokens, maxDollars, maxSeconds),
                new Budgets(stageMaxCalls, stageMaxTokens, stageMaxDollars, stageMaxSeconds), maxTurns, stageMaxSeconds,
                new AeiScales(timeScale, costScale, tokenScale), RetryPolicy.DEFAULT);
    }

    private AgentSpec agentSpec() {
        if (!List.of(AgentSpec.BUILTIN, AgentSpec.COMMAND, AgentSpec.NOOP, AgentSpec.REPLAY).contains(agent)) {
            throw new ParameterException(spec.commandLine(), "--agent " + agent + ": use builtin, command, noop or replay");
        }
        if (agent.equals(AgentSpec.COMMAND) && (agentCommand == null || agentCommand.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--agent command needs --agent-command \"PROGRAM ...\"");
        }
        if (agent.equals(AgentSpec.REPLAY) && (replay == null || !Files.isRegularFile(replay.resolve("run.json")))) {
            throw new ParameterException(spec.commandLine(), "--agent replay needs --replay RUN_DIR, the folder of a run"
                    + " with run.json and transcripts/ (not found: " + replay + ")");
        }
        if (!conversation.equals("single") && !conversation.equals("per-stage")) {
            throw new ParameterException(spec.commandLine(), "--conversation " + conversation + ": use single or per-stage");
        }
        return new AgentSpec(agent, agentCommand, conversation.equals("per-stage"), contextWindow, temperature,
                replay == null ? null : replay.toAbsolutePath().normalize());
    }

    private String recordedModel(Path run) {
        try {
            return RunResults.readRun(run.resolve("run.json")).settings().model();
        } catch (java.io.IOException e) {
            throw new ParameterException(spec.commandLine(), run.resolve("run.json") + " cannot be read: " + e.getMessage());
        }
    }

    /** The final table a person reads. */
    static final class SummaryTable {
        private SummaryTable() {
        }

        static String render(RunResult run) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-4s %-18s %-12s %7s %-13s %-24s %7s %12s %9s%n", "stage", "name",
                    "status", "score", "inputs", "failure", "calls", "tokens", "cost $"));
            for (StageResult stage : run.stages()) {
                out.append(String.format(Locale.ROOT, "%-4s %-18s %-12s %7.2f %-13s %-24s %7d %12d %9.4f%n",
                        stage.id(), stage.name(), stage.status().id() + (stage.resurrected() ? "*" : ""), stage.score(),
                        stage.inputs().id(), stage.failure() == null ? "" : stage.failure().failureClass().id(),
                        stage.usage().calls(), stage.usage().tokensCorrected(), stage.usage().costUsd()));
            }
            out.append("* resurrected: the stage's reference outputs were given to the next stage\n");
            if (run.metrics() != null) {
                out.append(String.format(Locale.ROOT, "pipeline %.2f  mean reward %.2f  pass %.2f  stage %d  AEI %.2f"
                        + "  strict end-to-end %.2f%n", run.metrics().pipelineScore(), run.metrics().meanReward(),
                        run.metrics().passScore(), run.metrics().stage(), run.metrics().aei(), run.metrics().strictScore()));
            }
            out.append(String.format(Locale.ROOT, "time %.0f s  cost $%.4f  tokens %d (RAMP's sum %d)  calls %d  "
                    + "failures: %d model, %d infrastructure%n", run.totals().seconds(), run.totals().usage().costUsd(),
                    run.totals().usage().tokensCorrected(), run.totals().usage().tokensRamp(),
                    run.totals().usage().calls(), run.totals().modelFailures(), run.totals().infrastructureFailures()));
            return out.toString();
        }
    }
}
