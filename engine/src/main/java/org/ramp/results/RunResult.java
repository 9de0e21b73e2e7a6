package org.ramp.results;

import java.time.Instant;
import java.util.List;

/**
 * {@code run.json}: everything a run produced, versioned by {@link #SCHEMA}. See docs/run-json.md.
 *
 * @param metrics absent until every stage is known
 */
public record RunResult(String schema, String runId, RunStatus status, Instant startedAt, Instant finishedAt,
        RunSettings settings, Toolchain toolchain, Workload workload, List<StageResult> stages, RunTotals totals,
        RunMetrics metrics) {

    public static final String SCHEMA = "ramp-run/1";

    public RunResult {
        stages = List.copyOf(stages);
    }

    /** The image and clang a run was graded with. */
    public record Toolchain(String image, String imageId, String clang) {
    }

    /** The workload a run worked on. */
    public record Workload(String name, String version) {
    }
}
