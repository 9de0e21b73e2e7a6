package org.ramp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.GradePhase;
import org.ramp.results.ProgramOutput;
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
 * Realistic runs for report and comparison tests, built the way the engine would write them (no real
 * run exists yet): six stages, 100 programs a stage (32 public), RAMP's metrics computed from the scores.
 */
public final class RunResultFixtures {
    public static final String[][] STAGES = {{"T0", "environment"}, {"T1", "lexer"}, {"T2", "parser"}, {"T3", "irgen"},
        {"T4", "opt"}, {"T5", "codegen"}};
    public static final Instant START = Instant.parse("2026-11-22T10:15:00Z");

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final double[] WEIGHTS = {1, 2, 2, 3, 3, 4};
    private static final String[] PROGRAMS = {"func_fib_recursive", "func_gcd", "arr_bubble_sort", "arr_2d_sum",
        "ctrl_nested_loops", "ctrl_break_continue", "expr_precedence", "expr_short_circuit", "io_getint_putint",
        "io_putarray", "decl_global_const", "decl_shadowing", "perf_matmul", "perf_sieve", "perf_fft",
        "perf_crc32", "lex_comments_everywhere", "lex_hex_float", "lex_long_identifiers", "parse_dangling_else",
        "parse_deep_nesting", "parse_empty_statements", "str_putf_format", "func_many_params", "func_mutual_rec"};

    private RunResultFixtures() {
    }

    /** A completed chain run with these six stage scores, its cost spread over the stages like a real run. */
    public static RunResult completed(String runId, Instant start, String model, double[] scores, double costUsd) {
        List<StageResult> stages = new ArrayList<>();
        Instant at = start.plusSeconds(62);
        boolean previousPassed = true;
        for (int i = 0; i < scores.length; i++) {
            StageResult stage = stage(i, scores[i], i == 0 ? InputSource.NONE
                    : previousPassed ? InputSource.AGENT : InputSource.RESURRECTION, at, costUsd * share(i));
            stages.add(stage);
            at = stage.finishedAt().plusSeconds(3);
            previousPassed = stage.passed();
        }
        RunTotals totals = totals(stages, Duration.between(start, at).toSeconds());
        return new RunResult(RunResult.SCHEMA, runId, RunStatus.COMPLETED, start, at, settings(model, "chain"),
                toolchain(), workload(), stages, totals, metrics(scores, totals));
    }

    /** The run the screenshot and most tests show: three passed, a reasoning failure, a resurrection. */
    public static RunResult realistic() {
        return completed("20261122-101500-3f9a1c", START, "deepseek-chat",
                new double[] {100, 100, 87.4, 41, 63.2, 22}, 2.41);
    }

    /** Five earlier runs a week apart: models and scores that move, one interrupted, one infrastructure failure. */
    public static List<RunResult> history() {
        List<RunResult> runs = new ArrayList<>();
        String[] models = {"deepseek-chat", "qwen3-coder", "deepseek-chat", "gpt-4.1-mini", "deepseek-chat"};
        double[][] scores = {{100, 72, 40, 12, 0, 0}, {100, 100, 55.5, 31, 44, 9}, {100, 100, 80, 38, 61, 15},
            {100, 64, 61, 20, 30, 3}, {100, 100, 91, 49, 62, 18}};
        double[] costs = {0.92, 4.75, 1.88, 0.61, 2.05};
        for (int i = 0; i < models.length; i++) {
            Instant start = START.minus(Duration.ofDays(7L * (models.length - i)));
            String id = RUN_ID.format(start) + String.format("-%06x", 0x5e1a0 + 7 * i);
            RunResult run = completed(id, start, models[i], scores[i], costs[i]);
            if (i == 1) {
                run = withInfrastructureFailure(run);
            }
            runs.add(run);
        }
        return runs;
    }

    /** A run still going: three stages known, no metrics, partial totals. */
    public static RunResult running() {
        RunResult full = realistic();
        List<StageResult> known = full.stages().subList(0, 3);
        RunTotals totals = totals(known, Duration.between(START, known.get(2).finishedAt()).toSeconds());
        return new RunResult(RunResult.SCHEMA, "20261122-101500-runnin", RunStatus.RUNNING, START, null,
                full.settings(), full.toolchain(), full.workload(), known, totals, null);
    }

    /** A run that was interrupted after two stages, before any totals were written. */
    public static RunResult interruptedWithoutTotals() {
        RunResult full = realistic();
        return new RunResult(RunResult.SCHEMA, "20261122-101500-interr", RunStatus.INTERRUPTED, START, null,
                full.settings(), full.toolchain(), full.workload(), full.stages().subList(0, 2), null, null);
    }

    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String CLOSE = "</script><img src=x onerror=alert(2)>";
    public static final String QUOTES = "\"double\" & 'single' <b>bold</b> &amp; <!-- comment";

    /** Hostile text wherever run.json carries text: model, options, stage names, reasons, evidence, logs. */
    public static RunResult hostile() {
        RunResult base = realistic();
        List<StageResult> stages = new ArrayList<>();
        for (StageResult stage : base.stages()) {
            List<CaseResult> cases = new ArrayList<>(stage.cases());
            cases.set(0, new CaseResult(SCRIPT, "hidden", 0, CLOSE + " " + QUOTES, 0.1));
            Failure failure = stage.passed() ? null : new Failure(FailureClass.TOOLING, List.of(SCRIPT, CLOSE, QUOTES));
            stages.add(new StageResult(stage.id(), stage.name() + " " + QUOTES, stage.status(), stage.score(),
                    stage.passThreshold(), stage.inputs(), stage.resurrected(), failure,
                    new AgentPhase(SCRIPT, 10, 3, 4, 1, "exited 1 " + CLOSE, new ProgramOutput("agent/" + CLOSE,
                            12, "agent/T0.err", 34, true, "stdout " + SCRIPT, "stderr " + CLOSE + " " + QUOTES)),
                    new GradePhase(1, "failed", "make: *** " + CLOSE + " " + QUOTES), stage.usage(), cases,
                    stage.startedAt(), stage.finishedAt()));
        }
        RunSettings settings = new RunSettings(SCRIPT, "https://evil.example/" + CLOSE, "command",
                Map.of("command", "npx agent --x='" + QUOTES + "'"), "chain", Map.of("calls", 500.0), Map.of(),
                Map.of("seconds", 20000.0, "dollars", 200.0, "tokens", 3e8), java.util.List.of(),
                Map.of("input", 1.0, "cachedInput", 0.1, "output", 2.0), 100, "OPENAI_API_KEY");
        return new RunResult(RunResult.SCHEMA, base.runId(), base.status(), base.startedAt(), base.finishedAt(),
                settings, new RunResult.Toolchain("ramp-toolchain:" + CLOSE, "sha256:x", QUOTES),
                new RunResult.Workload(SCRIPT, QUOTES), stages, base.totals(), base.metrics());
    }

    public static Path write(Path runDir, RunResult run) throws IOException {
        Path file = runDir.resolve("run.json");
        RunResults.write(file, run);
        return file;
    }

    // ------------------------------------------------------------------ building blocks

    /** How a run's cost falls on its stages: later stages are longer conversations. */
    private static double share(int stage) {
        double[] shares = {0.03, 0.12, 0.17, 0.2, 0.22, 0.26};
        return shares[stage];
    }

    private static StageResult stage(int index, double score, InputSource inputs, Instant start, double cost) {
        String id = STAGES[index][0];
        boolean passed = score >= 60;
        List<CaseResult> cases = index == 0 ? checks(score) : programs(index, score);
        int calls = (int) Math.round(20 + 40 * index + (100 - score));
        long prompt = calls * 24_000L;
        long cached = prompt * 4 / 5;
        long completion = calls * 310L;
        Usage usage = new Usage(calls, prompt, cached, 0, completion, 0, round(cost), prompt + cached + completion,
                prompt + completion, 0, 0);
        double agentSeconds = 90 + 160 * index + 3 * (100 - score);
        double gradeSeconds = index == 0 ? 6.8 : index >= 3 ? 60 + 20 * index : 4;
        String stopReason = passed ? "finished" : index == 5 ? "budget-calls" : index == 3 ? "max-turns" : "finished";
        Failure failure = passed ? null : failure(index);
        Instant end = start.plusMillis(Math.round((agentSeconds + gradeSeconds) * 1000));
        return new StageResult(id, STAGES[index][1], passed ? StageStatus.PASSED : StageStatus.FAILED, score, 60,
                inputs, !passed, failure,
                new AgentPhase("builtin", agentSeconds, calls, calls + 11, passed ? 0 : 7, stopReason),
                new GradePhase(gradeSeconds, "ok", ""), usage, cases, start, end);
    }

    private static Failure failure(int index) {
        return switch (index) {
            case 3 -> new Failure(FailureClass.REASONING, List.of(
                    "120 turns without a higher public score after turn 41",
                    "the same 4 programs failed in the last 30 builds"));
            case 5 -> new Failure(FailureClass.REASONING, List.of(
                    "the run's call budget (500) ran out after 212 calls in this stage"));
            case 2 -> new Failure(FailureClass.CONTEXT, List.of(
                    "HTTP 400 from the endpoint: maximum context length is 131072 tokens"));
            default -> new Failure(FailureClass.TOOLING, List.of("build failed: undefined reference to `lex_next'"));
        };
    }

    private static List<CaseResult> checks(double score) {
        String[] names = {"configure", "build", "sysyc --version", "runtime libraries"};
        int full = (int) Math.round(score / 25);
        List<CaseResult> cases = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            cases.add(new CaseResult(names[i], "public", i < full ? 100 : 0,
                    i < full ? "exit 0" : "exit 2: CMake Error: LLVM 14 not found", 1.2));
        }
        return cases;
    }

    /** 100 programs whose mean is exactly {@code score}: whole ones at 100, one partial, the rest 0. */
    private static List<CaseResult> programs(int stage, double score) {
        int full = (int) Math.floor(score);
        double partial = (score - full) * 100;
        List<CaseResult> cases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String name = PROGRAMS[i % PROGRAMS.length] + (i < PROGRAMS.length ? "" : "_" + (i / PROGRAMS.length + 1));
            String visibility = i % 3 == 0 ? "public" : "hidden";
            double caseScore = i < full ? 100 : i == full ? partial : 0;
            cases.add(new CaseResult(name, visibility, round(caseScore), reason(stage, caseScore), 0.02 + i % 7 * 0.03));
        }
        return cases;
    }

    private static String reason(int stage, double score) {
        if (score >= 100) {
            return "ok";
        }
        return switch (stage) {
            case 1 -> score > 0 ? "kind and spelling 98.1%, location 71.0%, flags 100%" : "212 tokens, expected 230";
            case 2 -> score > 0 ? "nodes matched 0.91, types matched 0.78" : "not JSON: unexpected end at byte 4096";
            case 3 -> "exit status 1, expected 0; stdout differs at line 3: \"12\" vs \"13\"";
            case 4 -> score > 0 ? "correct; cost 1.8x clang -O2" : "output differs: expected 55, got 0";
            default -> "qemu-riscv64: Illegal instruction (exit 132)";
        };
    }

    private static RunTotals totals(List<StageResult> stages, double seconds) {
        Usage usage = Usage.NONE;
        int passed = 0;
        int model = 0;
        int infrastructure = 0;
        for (StageResult stage : stages) {
            usage = usage.plus(stage.usage());
            passed += stage.passed() ? 1 : 0;
            if (stage.failure() != null) {
                if (stage.failure().failureClass().isModelFailure()) {
                    model++;
                } else {
                    infrastructure++;
                }
            }
        }
        return new RunTotals(seconds, usage, passed, model, infrastructure);
    }

    private static RunResult withInfrastructureFailure(RunResult run) {
        List<StageResult> stages = new ArrayList<>(run.stages());
        StageResult last = stages.get(5);
        stages.set(5, new StageResult(last.id(), last.name(), last.status(), last.score(), last.passThreshold(),
                last.inputs(), last.resurrected(), new Failure(FailureClass.INFRASTRUCTURE,
                        List.of("the endpoint answered HTTP 503 to 5 calls in a row")),
                new AgentPhase("builtin", 40, 9, 9, 0, "endpoint-failure"), last.grade(), last.usage(),
                last.cases(), last.startedAt(), last.finishedAt()));
        return new RunResult(run.schema(), run.runId(), RunStatus.INTERRUPTED, run.startedAt(), run.finishedAt(),
                run.settings(), run.toolchain(), run.workload(), stages, totals(stages, run.totals().seconds()),
                run.metrics());
    }

    private static RunSettings settings(String model, String mode) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("conversation", "single");
        options.put("temperature", "0.2");
        options.put("maxTurnsPerStage", "120");
        return new RunSettings(model, "https://api.deepseek.com/v1", "builtin", options, mode,
                Map.of("calls", 500.0, "seconds", 18000.0), Map.of(),
                Map.of("seconds", 20000.0, "dollars", 200.0, "tokens", 3e8), java.util.List.of(),
                Map.of("input", 0.27, "cachedInput", 0.07, "output", 1.1), 120, "OPENAI_API_KEY");
    }

    private static RunResult.Toolchain toolchain() {
        return new RunResult.Toolchain("ramp-toolchain:bb516bf8815c", "sha256:3b27c0de", "Debian clang version 14.0.6");
    }

    private static RunResult.Workload workload() {
        return new RunResult.Workload("sysy-compiler", "1.0.0");
    }

    /** RAMP's metrics (shared/RAMP.md) over six stage scores. */
    static RunMetrics metrics(double[] s, RunTotals totals) {
        double pipeline = 0;
        double weighted = 0;
        double weights = 0;
        double pass = 0;
        boolean perfectSoFar = true;
        for (int i = 0; i < s.length; i++) {
            pipeline += s[i] / s.length;
            double bonus = perfectSoFar ? 1.2 : 1.0;
            weighted += s[i] * WEIGHTS[i] * bonus;
            weights += WEIGHTS[i] * bonus;
            pass += (s[i] >= 60 ? 1 : 0) * (perfectSoFar ? 1.5 : 1.0);
            perfectSoFar &= s[i] == 100;
        }
        double meanReward = weighted / weights;
        int stage = 0;
        while (stage < 5 && s[stage + 1] == 100) {
            stage++;
        }
        List<Double> strict = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < s.length; i++) {
            if (i <= 3 && s[i] < 100) {
                broken = true;
                strict.add(0.0);
            } else {
                strict.add(broken ? 0.0 : s[i]);
            }
        }
        double strictScore = strict.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Map<String, Double> components = new LinkedHashMap<>();
        components.put("stage", stage / 5.0 * 100);
        components.put("meanReward", meanReward);
        components.put("time", clip((20000 - totals.seconds()) / 20000 * 100));
        components.put("cost", clip((200 - totals.usage().costUsd()) / 200 * 100));
        components.put("tokens", clip((3e8 - totals.usage().tokensRamp()) / 3e8 * 100));
        double aei = components.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new RunMetrics(round(pipeline), round(meanReward), round(100 * pass / 9), stage, round(aei),
                components, round(strictScore), strict);
    }

    private static double clip(double value) {
        return Math.max(0, Math.min(100, value));
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
