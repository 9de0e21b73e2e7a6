package io.jenkins.plugins.ramp.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramp.history.RunSummary;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.RunSettings;
import org.ramp.results.RunStatus;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;

/**
 * Runs as the engine's records make them (completed, six stages, AEI and its five components), with hostile text
 * wherever a model, an agent or a run's settings can put text: the model's name, failure evidence, case details.
 */
public final class Runs {
    /** Markup, a script end tag, ANSI colour escapes, quotes of both kinds, a bidi override, a line break. */
    public static final String HOSTILE = "\u001b[31m<script>alert('x')</script>\"</script><img src=x onerror=alert(1)>"
            + "\u202e\u001b[0m\nsecond line";
    static final Instant START = Instant.parse("2026-11-30T10:00:00Z");
    static final String[] NAMES = {"environment", "lexer", "parser", "irgen", "opt", "codegen"};

    private Runs() {
    }

    /** A completed run: stage scores as given (T0 first), AEI, cost. */
    public static RunResult run(String runId, String model, double aei, double cost, double... scores) {
        List<StageResult> stages = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            boolean passed = scores[i] >= 60;
            Usage usage = new Usage(10 + i, 50_000, 10_000, 0, 2_000, 0, cost / scores.length, 62_000, 52_000, 0, 0);
            stages.add(new StageResult("T" + i, NAMES[i], passed ? StageStatus.PASSED : StageStatus.FAILED, scores[i],
                    60, i == 0 ? InputSource.NONE : InputSource.AGENT, !passed,
                    passed ? null : new Failure(FailureClass.REASONING, List.of("turn budget ran out: " + HOSTILE)),
                    new AgentPhase("builtin", 100, 10, 12, 1, "finished"), new GradePhase(4, "ok", HOSTILE), usage,
                    List.of(new CaseResult("fib", "public", scores[i], HOSTILE, 0.1)), START.plusSeconds(200L * i),
                    START.plusSeconds(200L * i + 150)));
        }
        RunSettings settings = new RunSettings(model, "https://api.example.com/v1", "builtin", Map.of(), "chain",
                Map.of("calls", 500.0), Map.of(), Map.of("seconds", 20000.0, "dollars", 200.0, "tokens", 3e8),
                List.of(), Map.of("input", 2.5, "cachedInput", 1.25, "output", 10.0), 1000, "RAMP_API_KEY");
        double mean = 0;
        for (double s : scores) {
            mean += s / scores.length;
        }
        RunMetrics metrics = new RunMetrics(mean, mean * 0.9, mean * 0.8, 1, aei,
                Map.of("stage", 20.0, "meanReward", mean * 0.9, "time", 80.0, "cost", 99.0, "tokens", 86.0),
                mean * 0.5, java.util.Arrays.stream(scores).boxed().toList());
        RunTotals totals = new RunTotals(900, new Usage(60, 300_000, 60_000, 0, 12_000, 0, cost, 372_000, 312_000, 0, 0),
                (int) java.util.Arrays.stream(scores).filter(s -> s >= 60).count(), 2, 0);
        return new RunResult(RunResult.SCHEMA, runId, RunStatus.COMPLETED, START, START.plusSeconds(1200), settings,
                new RunResult.Toolchain("ramp-toolchain:x", "sha256:x", "clang 14"), new RunResult.Workload("ramp", "1"),
                stages, totals, metrics);
    }

    public static RunSummary summary(String name, RunResult run) throws Exception {
        return RunSummary.of(run, name);
    }

    /** run.json in a run folder, as the engine writes it. */
    public static Path write(Path runDir, RunResult run) throws Exception {
        Files.createDirectories(runDir);
        Path file = runDir.resolve("run.json");
        RunResults.write(file, run);
        return file;
    }
}
