package io.jenkins.plugins.ramp.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunSettings;
import org.ramp.results.RunStatus;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;

/** Engine results as the engine's records make them, with hostile text where an agent's words can reach. */
public final class Fixtures {
    public static final String HOSTILE = "\u001b[31m<script>alert(1)</script>\u001b[0m\r\nforged line";
    static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    private Fixtures() {
    }

    public static StageResult failedStage(String id) {
        Usage usage = new Usage(42, 100_000, 80_000, 0, 3_000, 0, 0.1234, 183_000, 103_000, 0, 0);
        return new StageResult(id, "lexer", StageStatus.FAILED, 12.5, 60, InputSource.AGENT, true,
                new Failure(FailureClass.REASONING, List.of("turn budget ran out " + HOSTILE, "two", "three", "four")),
                new AgentPhase("builtin", 100, 42, 50, 3, "max-turns"), new GradePhase(4, "ok", HOSTILE), usage,
                List.of(new CaseResult("fib", "public", 12.5, HOSTILE, 0.1)), START, START.plusSeconds(104));
    }

    public static StageResult passedStage(String id) {
        return new StageResult(id, "environment", StageStatus.PASSED, 100, 60, InputSource.NONE, false, null,
                new AgentPhase("noop", 0, 0, 0, 0, "finished"), new GradePhase(6.8, "ok", ""), Usage.NONE,
                List.of(new CaseResult("build", "public", 100, "exit 0", 1.2)), START, START.plusMillis(6800));
    }

    public static RunResult finishedRun() {
        RunSettings settings = new RunSettings("gpt-4o", "https://api.openai.com/v1", "builtin", Map.of(), "chain",
                Map.of("calls", 500.0), Map.of(), Map.of("seconds", 20000.0, "dollars", 200.0, "tokens", 3e8), List.of(),
                Map.of("input", 2.5, "cachedInput", 1.25, "output", 10.0), 1000, "RAMP_API_KEY");
        RunMetrics metrics = new RunMetrics(56.25, 48.5, 22.2, 0, 61.3, Map.of("stage", 0.0), 16.7,
                List.of(100.0, 0.0, 0.0, 0.0, 0.0, 0.0));
        RunTotals totals = new RunTotals(110.8, new Usage(42, 100_000, 80_000, 0, 3_000, 0, 0.1234, 183_000, 103_000,
                0, 0), 1, 1, 0);
        return new RunResult(RunResult.SCHEMA, "run-1", RunStatus.COMPLETED, START, START.plusSeconds(111), settings,
                new RunResult.Toolchain("ramp-toolchain:x", "sha256:x", "clang 14"), new RunResult.Workload("ramp", "1"),
                List.of(passedStage("T0"), failedStage("T1")), totals, metrics);
    }
}
