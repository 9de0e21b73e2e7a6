package org.ramp.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ramp.results.RunResults;

/**
 * The runs of one build ranked: by AEI, ties by mean reward, then pipeline score (higher first), then cost
 * (lower first); runs that did not complete come last, by name. Runs equal in all four share a rank.
 */
public record Leaderboard(List<Entry> entries) {

    public Leaderboard {
        entries = List.copyOf(entries);
    }

    /**
     * One run's place and key figures; the figures are null when the run did not complete.
     *
     * @param rank 1 for the best; null for a run that did not complete
     */
    public record Entry(Integer rank, String name, String runId, String model, String agent, String status,
            boolean complete, Double aei, Double meanReward, Double pipelineScore, Double passScore, Integer stage,
            Double strictScore, Double costUsd, Long tokens, Double seconds, Integer stagesPassed) {
    }

    private static final Comparator<RunSummary> RANKING = Comparator
            .comparing((RunSummary run) -> !run.complete())
            .thenComparing(run -> value(run, Metric.AEI), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(run -> value(run, Metric.MEAN_REWARD), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(run -> value(run, Metric.PIPELINE_SCORE), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(run -> value(run, Metric.COST), Comparator.nullsLast(Comparator.naturalOrder()));

    public static Leaderboard of(List<RunSummary> runs) {
        List<RunSummary> sorted = new ArrayList<>(runs);
        sorted.sort(RANKING.thenComparing(RunSummary::name, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Entry> entries = new ArrayList<>();
        Integer rank = null;
        for (int i = 0; i < sorted.size(); i++) {
            RunSummary run = sorted.get(i);
            if (run.complete()) {
                boolean tie = i > 0 && RANKING.compare(sorted.get(i - 1), run) == 0;
                rank = tie ? rank : Integer.valueOf(i + 1);
            }
            entries.add(entry(run.complete() ? rank : null, run));
        }
        return new Leaderboard(entries);
    }

    private static Entry entry(Integer rank, RunSummary run) {
        boolean complete = run.complete();
        RunSummary.Metrics m = complete ? run.metrics() : null;
        return new Entry(rank, run.name(), run.runId(), run.model(), run.agent(),
                run.status() == null ? null : run.status().id(), complete, value(run, Metric.AEI),
                value(run, Metric.MEAN_REWARD), value(run, Metric.PIPELINE_SCORE), value(run, Metric.PASS_SCORE),
                m == null ? null : m.stage(), value(run, Metric.STRICT_SCORE), value(run, Metric.COST),
                complete && run.totals() != null ? run.totals().tokensCorrected() : null, value(run, Metric.TIME),
                complete && run.totals() != null ? run.totals().stagesPassed() : null);
    }

    /** The board as JSON: every entry's fields, nulls kept. */
    public String toJson() {
        try {
            return RunResults.json().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the leaderboard", e);
        }
    }

    private static Double value(RunSummary run, Metric metric) {
        return metric.valueIn(run, null);
    }
}
