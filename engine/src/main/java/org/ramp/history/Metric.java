package org.ramp.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.ramp.results.RunStatus;

/**
 * A figure of a run that gates, trends and leaderboards read from its summary, and which way is better.
 * RAMP's metrics and the totals are final only when the run completed; a stage's score is final as soon as
 * the stage has a result. A figure that is not final is absent (null), never a partial number.
 */
public enum Metric {
    AEI("aei", "AEI", Unit.SCORE, true, m(RunSummary.Metrics::aei)),
    MEAN_REWARD("meanReward", "mean reward", Unit.SCORE, true, m(RunSummary.Metrics::meanReward)),
    PIPELINE_SCORE("pipelineScore", "pipeline score", Unit.SCORE, true, m(RunSummary.Metrics::pipelineScore)),
    PASS_SCORE("passScore", "pass score", Unit.SCORE, true, m(RunSummary.Metrics::passScore)),
    STRICT_SCORE("strictScore", "strict score", Unit.SCORE, true, m(RunSummary.Metrics::strictScore)),
    /** A stage's score; the only metric that needs a stage id. */
    STAGE_SCORE("stage", "stage score", Unit.SCORE, true, null, "stageScore"),
    COST("cost", "cost", Unit.USD, false, t(RunSummary.Totals::costUsd), "costUsd"),
    /** Every token counted once. */
    TOKENS("tokens", "tokens", Unit.TOKENS, false, t(totals -> totals.tokensCorrected()), "tokensCorrected"),
    /** RAMP's published sum, the one AEI uses. */
    TOKENS_RAMP("tokensRamp", "tokens (RAMP sum)", Unit.TOKENS, false, t(totals -> totals.tokensRamp())),
    TIME("time", "time", Unit.SECONDS, false, t(RunSummary.Totals::seconds), "seconds"),
    CALLS("calls", "LLM calls", Unit.COUNT, false, t(totals -> totals.calls())),
    MODEL_FAILURES("modelFailures", "model failures", Unit.COUNT, false, t(totals -> totals.modelFailures())),
    INFRASTRUCTURE_FAILURES("infrastructureFailures", "infrastructure failures", Unit.COUNT, false,
            t(totals -> totals.infrastructureFailures()));

    /** How a metric's values are written; {@link #id()} is the unit {@code report.Formats#byUnit} takes. */
    public enum Unit {
        SCORE("score"), USD("usd"), TOKENS("tokens"), SECONDS("seconds"), COUNT("count");

        private final String id;

        Unit(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    private final String id;
    private final String label;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final Function<RunSummary, Double> value;
    private final List<String> names;

    Metric(String id, String label, Unit unit, boolean higherIsBetter, Function<RunSummary, Double> value,
            String... aliases) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
        List<String> all = new ArrayList<>(List.of(id, name()));
        all.addAll(List.of(aliases));
        this.names = all.stream().map(Metric::normalise).toList();
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean needsStage() {
        return this == STAGE_SCORE;
    }

    /** The metric named {@code text}: its id, its constant's name or an alias, ignoring case, '-' and '_'. */
    public static Metric named(String text) {
        String key = normalise(text);
        for (Metric metric : values()) {
            if (metric.names.contains(key)) {
                return metric;
            }
        }
        return null;
    }

    /** The ids of every metric, for messages that list the allowed values. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Metric::id).toList());
    }

    /**
     * The metric's final value in the run, or null (see {@link #whyAbsent}).
     *
     * @param stage the stage id for {@link #STAGE_SCORE}, ignored otherwise
     */
    public Double valueIn(RunSummary run, String stage) {
        if (this == STAGE_SCORE) {
            RunSummary.Stage result = run.stage(stage);
            return result == null ? null : result.score();
        }
        return value.apply(run);
    }

    /** Why {@link #valueIn} is null for this run, as a sentence part: "is interrupted", ... */
    public String whyAbsent(RunSummary run, String stage) {
        if (this == STAGE_SCORE) {
            return "has no result for stage " + stage;
        }
        String status = run.status() == null ? "of unknown status" : run.status().id();
        if (run.status() != RunStatus.COMPLETED) {
            return "is " + status + " (its " + label + " is known when it completes)";
        }
        return "has no " + label + " in its summary";
    }

    private static Function<RunSummary, Double> m(ToDoubleFunction<RunSummary.Metrics> metric) {
        return run -> run.complete() ? metric.applyAsDouble(run.metrics()) : null;
    }

    private static Function<RunSummary, Double> t(ToDoubleFunction<RunSummary.Totals> total) {
        return run -> run.complete() && run.totals() != null ? total.applyAsDouble(run.totals()) : null;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
