package org.ramp.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trend charts across builds, from the builds' run summaries alone: mean reward, pipeline score, AEI and
 * cost with one series per run name (or model), each stage's score with one series per run name, and cost
 * against mean reward for the runs of the last build. Builds without RAMP results are left out; a run that
 * is not completed, or a series a build does not have, is a gap (null), never a zero. Series are in the
 * order they first appear, oldest build first, so that a page can give a series the same colour in every
 * chart by its index.
 *
 * @param builds the labels of the builds with results, oldest first (every line chart's labels)
 * @param stages per stage id (T0..T5, as the runs have them), its score across builds
 * @param notes  what was left out and why (a second run with the same key in a build, runs not in the
 *               cost-against-reward chart)
 */
public record Trends(SeriesKey key, List<String> builds, LineChart meanReward, LineChart pipelineScore,
        LineChart aei, LineChart cost, Map<String, LineChart> stages, ScatterChart costVsReward, List<String> notes) {

    public Trends {
        builds = List.copyOf(builds);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        notes = List.copyOf(notes);
    }

    /** Series per run name. */
    public static Trends of(List<BuildRuns> builds) {
        return of(builds, SeriesKey.NAME);
    }

    /** @param builds oldest first */
    public static Trends of(List<BuildRuns> builds, SeriesKey key) {
        List<String> labels = new ArrayList<>();
        List<Map<String, RunSummary>> byKey = new ArrayList<>();
        Set<String> series = new LinkedHashSet<>();
        Set<String> stageIds = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (BuildRuns build : builds) {
            if (build.runs().isEmpty()) {
                continue;
            }
            Map<String, RunSummary> runs = new LinkedHashMap<>();
            for (RunSummary run : build.runs()) {
                String k = key.of(run);
                if (runs.putIfAbsent(k, run) != null) {
                    notes.add(build.label() + ": a second run " + k + " (" + run.runId() + ") is left out; "
                            + "the trends show the first");
                    continue;
                }
                series.add(k);
                run.stages().forEach(stage -> stageIds.add(stage.id()));
            }
            labels.add(build.label());
            byKey.add(runs);
        }
        Map<String, LineChart> stages = new LinkedHashMap<>();
        for (String stage : stageIds) {
            stages.put(stage, line(labels, byKey, series, Metric.STAGE_SCORE, stage));
        }
        return new Trends(key, labels, line(labels, byKey, series, Metric.MEAN_REWARD, null),
                line(labels, byKey, series, Metric.PIPELINE_SCORE, null), line(labels, byKey, series, Metric.AEI, null),
                line(labels, byKey, series, Metric.COST, null), stages, costVsReward(labels, byKey, notes), notes);
    }

    private static LineChart line(List<String> labels, List<Map<String, RunSummary>> byKey, Set<String> series,
            Metric metric, String stage) {
        List<LineChart.Dataset> datasets = new ArrayList<>(series.size());
        for (String k : series) {
            List<Double> data = new ArrayList<>(byKey.size());
            for (Map<String, RunSummary> runs : byKey) {
                RunSummary run = runs.get(k);
                data.add(run == null ? null : metric.valueIn(run, stage));
            }
            datasets.add(new LineChart.Dataset(k, data));
        }
        return new LineChart(labels, datasets);
    }

    private static ScatterChart costVsReward(List<String> labels, List<Map<String, RunSummary>> byKey,
            List<String> notes) {
        if (byKey.isEmpty()) {
            return new ScatterChart(null, List.of());
        }
        String build = labels.get(labels.size() - 1);
        List<ScatterChart.Dataset> datasets = new ArrayList<>();
        for (Map.Entry<String, RunSummary> entry : byKey.get(byKey.size() - 1).entrySet()) {
            RunSummary run = entry.getValue();
            Double cost = Metric.COST.valueIn(run, null);
            Double reward = Metric.MEAN_REWARD.valueIn(run, null);
            if (cost == null || reward == null) {
                notes.add(build + ": " + entry.getKey() + " (" + run.runId() + ") is "
                        + (run.status() == null ? "of unknown status" : run.status().id())
                        + ", without a final cost and mean reward; not in the cost against reward chart");
                continue;
            }
            datasets.add(new ScatterChart.Dataset(entry.getKey(), List.of(new ScatterChart.Point(cost, reward))));
        }
        return new ScatterChart(build, datasets);
    }

    /** The trends as the JSON a Chart.js page reads: these records' fields, in their order, nulls kept. */
    public String toJson() {
        return TrendsJson.write(this);
    }
}
