package io.jenkins.plugins.ramp.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;

/** What a Pipeline learns of a whole run, from its run.json: status, the metrics when finished, totals, stages. */
public final class RunOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String runId;
    public final String status;
    public final String model;
    public final String agent;
    /** Null until the run is finished. */
    public final Metrics metrics;
    public final double seconds;
    public final double cost;
    public final long tokens;
    public final int calls;
    public final List<StageOutcome> stages;

    public RunOutcome(RunResult r) {
        runId = r.runId();
        status = r.status().id();
        model = r.settings() == null ? null : r.settings().model();
        agent = r.settings() == null ? null : r.settings().agent();
        metrics = r.metrics() == null ? null : new Metrics(r.metrics());
        seconds = r.totals() == null ? 0 : r.totals().seconds();
        cost = r.totals() == null || r.totals().usage() == null ? 0 : r.totals().usage().costUsd();
        tokens = r.totals() == null || r.totals().usage() == null ? 0 : r.totals().usage().tokensCorrected();
        calls = r.totals() == null || r.totals().usage() == null ? 0 : r.totals().usage().calls();
        List<StageOutcome> list = new ArrayList<>();
        for (StageResult stage : r.stages()) {
            list.add(new StageOutcome(stage));
        }
        stages = List.copyOf(list);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runId", runId);
        map.put("status", status);
        map.put("model", model);
        map.put("agent", agent);
        if (metrics != null) {
            map.put("pipelineScore", metrics.pipelineScore);
            map.put("meanReward", metrics.meanReward);
            map.put("passScore", metrics.passScore);
            map.put("stage", metrics.stage);
            map.put("aei", metrics.aei);
            map.put("strictScore", metrics.strictScore);
        }
        map.put("seconds", seconds);
        map.put("cost", cost);
        map.put("tokens", tokens);
        map.put("calls", calls);
        List<Map<String, Object>> stageMaps = new ArrayList<>();
        for (StageOutcome stage : stages) {
            stageMaps.add(stage.toMap());
        }
        map.put("stages", stageMaps);
        return map;
    }

    /** RAMP's metrics of a finished run. */
    public static final class Metrics implements Serializable {
        private static final long serialVersionUID = 1L;

        public final double pipelineScore;
        public final double meanReward;
        public final double passScore;
        public final int stage;
        public final double aei;
        public final double strictScore;

        Metrics(RunMetrics m) {
            pipelineScore = m.pipelineScore();
            meanReward = m.meanReward();
            passScore = m.passScore();
            stage = m.stage();
            aei = m.aei();
            strictScore = m.strictScore();
        }
    }
}
