package org.ramp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ramp.metrics.AeiComponents;
import org.ramp.metrics.AeiScales;
import org.ramp.metrics.MetricsInputException;
import org.ramp.metrics.ModelRun;
import org.ramp.metrics.RampCsvReader;
import org.ramp.metrics.RunResultReader;
import org.ramp.metrics.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp score}: RAMP's metrics of a run result or of the rows of a results CSV. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Compute RAMP's metrics of one run (its run.json) or of every row of a CSV in the format of "
                + "RAMP's published results: pipeline score (mean of T0..T5), mean reward (weighted, with a bonus "
                + "while every earlier stage scored 100), pass score, stage (T1..Tk all 100), strict end-to-end "
                + "score and the Agent Efficiency Index (mean of stage, mean reward, time, cost and token scores, "
                + "each clipped to 0..100).",
            "Reads from run.json: settings.model, stages[].score of T0..T5, totals.seconds, totals.costUsd, "
                + "totals.tokensRamp. Reads from the CSV: model, t0..t5, elapsed_seconds, cost_usd, total_tokens."})
final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "RUN.json", description = "a run's result file")
    Path runFile;

    @Option(names = "--csv", paramLabel = "FILE", description = "a CSV of runs, one a line, instead of RUN.json")
    Path csv;

    @Option(names = "--json", description = "print a JSON array with the strict score and the AEI components too")
    boolean json;

    @Option(names = "--time-scale", paramLabel = "SECONDS", defaultValue = "" + AeiScales.RAMP_SECONDS,
            description = "AEI time scale Ts: a run this long scores 0 on time (default: ${DEFAULT-VALUE})")
    double timeScale;

    @Option(names = "--cost-scale", paramLabel = "USD", defaultValue = "" + AeiScales.RAMP_COST_USD,
            description = "AEI cost scale Cs (default: ${DEFAULT-VALUE})")
    double costScale;

    @Option(names = "--token-scale", paramLabel = "TOKENS", defaultValue = "" + AeiScales.RAMP_TOKENS,
            description = "AEI token scale Ks, in RAMP's token sum (default: ${DEFAULT-VALUE})")
    double tokenScale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((csv == null) == (runFile == null)) {
            throw new ParameterException(spec.commandLine(), "name either a RUN.json or --csv FILE");
        }
        AeiScales scales;
        try {
            scales = new AeiScales(timeScale, costScale, tokenScale);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<ModelRun> runs;
        try {
            runs = csv != null ? RampCsvReader.read(csv) : List.of(RunResultReader.read(runFile));
        } catch (MetricsInputException e) {
            // RampCommand's handler does not know this exception; report it the same way
            spec.commandLine().getErr().println("ramp: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(runs, scales) : table(runs, scales));
        out.flush();
        return ExitCodes.OK;
    }

    private static String table(List<ModelRun> runs, AeiScales scales) {
        int width = Math.max("model".length(), runs.stream().mapToInt(run -> run.model().length()).max().orElse(0));
        String row = "%-" + width + "s  %13s  %10s  %9s  %5s  %6s%n";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, row, "model", "pipelineScore", "meanReward",
                "passScore", "stage", "aei"));
        for (ModelRun run : runs) {
            Scorecard card = Scorecard.of(run.measures(), scales);
            text.append(String.format(Locale.ROOT, row, run.model(), decimals(card.pipelineScore()),
                    decimals(card.meanReward()), decimals(card.passScore()), card.stage(), decimals(card.aei())));
        }
        return text.toString();
    }

    private static String decimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String json(List<ModelRun> runs, AeiScales scales) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (ModelRun run : runs) {
            Scorecard card = Scorecard.of(run.measures(), scales);
            AeiComponents c = card.aeiComponents();
            ObjectNode node = array.addObject().put("model", run.model()).put("pipelineScore", card.pipelineScore())
                    .put("meanReward", card.meanReward()).put("passScore", card.passScore()).put("stage", card.stage())
                    .put("aei", card.aei()).put("strictScore", card.strictScore());
            node.putObject("aeiComponents").put("stage", c.stage()).put("meanReward", c.meanReward())
                    .put("time", c.time()).put("cost", c.cost()).put("tokens", c.tokens());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + System.lineSeparator();
    }
}
