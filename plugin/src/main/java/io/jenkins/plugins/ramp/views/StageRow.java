package io.jenkins.plugins.ramp.views;

import io.jenkins.plugins.ramp.results.StageOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.history.RunSummary;
import org.ramp.report.Formats;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;

/**
 * One row of a run's stage table: score, how the stage was reached, resurrection, failure class with its evidence,
 * time, tokens, cost. From the run's details (run.json) when the build kept them, otherwise from its summary (which
 * has no time, tokens, cost or evidence: those read "-").
 */
public final class StageRow {
    static final int EVIDENCE_CHARS = 600;

    private final String id;
    private final String name;
    private final String status;
    private final Double score;
    private final Double passThreshold;
    private final String inputs;
    private final boolean resurrected;
    private final String failureClass;
    private final List<String> evidence;
    private final Double seconds;
    private final Long tokens;
    private final Double cost;
    private final Integer calls;

    private StageRow(String id, String name, String status, Double score, Double passThreshold, String inputs,
            boolean resurrected, String failureClass, List<String> evidence, Double seconds, Long tokens, Double cost,
            Integer calls) {
        this.id = id;
        this.name = name;
        this.status = status;
        this.score = score;
        this.passThreshold = passThreshold;
        this.inputs = inputs;
        this.resurrected = resurrected;
        this.failureClass = failureClass;
        List<String> shown = new ArrayList<>();
        for (String line : evidence) {
            shown.add(ViewText.visible(line, EVIDENCE_CHARS));
        }
        this.evidence = List.copyOf(shown);
        this.seconds = seconds;
        this.tokens = tokens;
        this.cost = cost;
        this.calls = calls;
    }

    public static List<StageRow> of(RunResult run) {
        List<StageRow> rows = new ArrayList<>();
        for (StageResult stage : run.stages()) {
            StageOutcome o = new StageOutcome(stage);
            rows.add(new StageRow(o.stage, o.name, o.status, o.score, o.passThreshold, o.inputs, o.resurrected,
                    o.failureClass, o.evidence, o.seconds, o.tokens, o.cost, o.calls));
        }
        return rows;
    }

    public static List<StageRow> of(RunSummary summary) {
        List<StageRow> rows = new ArrayList<>();
        for (RunSummary.Stage s : summary.stages()) {
            rows.add(new StageRow(s.id(), s.name(), s.status() == null ? null : s.status().id(), s.score(), null,
                    s.inputs() == null ? null : s.inputs().id(), s.resurrected(),
                    s.failureClass() == null ? null : s.failureClass().id(), List.of(), null, null, null, null));
        }
        return rows;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return ViewText.line(name, 80);
    }

    public String getStatus() {
        return status;
    }

    public boolean isPassed() {
        return "passed".equals(status);
    }

    /** The table row's class: how the page colours it. */
    public String getRowClass() {
        return isPassed() ? "ramp-passed" : "ramp-failed";
    }

    public String getScoreText() {
        return Formats.byUnit(score, "score");
    }

    public String getThresholdText() {
        return Formats.byUnit(passThreshold, "score");
    }

    /** How the stage's program got its inputs, in words. */
    public String getReached() {
        if ("not-reached".equals(status)) {
            return "not reached";
        }
        if (inputs == null) {
            return "-";
        }
        switch (inputs) {
            case "agent":
                return "on the agent's outputs";
            case "resurrection":
                return "by resurrection (golden inputs)";
            case "golden":
                return "on golden inputs (mode)";
            case "none":
                return "-";
            default:
                return ViewText.line(inputs, 40);
        }
    }

    public boolean isResurrected() {
        return resurrected;
    }

    public String getFailureClass() {
        return failureClass == null ? "" : ViewText.line(failureClass, 60);
    }

    public List<String> getEvidence() {
        return evidence;
    }

    public String getTimeText() {
        return Formats.byUnit(seconds, "seconds");
    }

    public String getTokensText() {
        return Formats.byUnit(tokens == null ? null : tokens.doubleValue(), "tokens");
    }

    public String getCostText() {
        return Formats.byUnit(cost, "usd");
    }

    public String getCallsText() {
        return Formats.byUnit(calls == null ? null : calls.doubleValue(), "count");
    }

    /** The row for the REST API: numbers as numbers, null where the source has none. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("name", name);
        map.put("status", status);
        map.put("score", score);
        map.put("passThreshold", passThreshold);
        map.put("inputs", inputs);
        map.put("resurrected", resurrected);
        map.put("failureClass", failureClass);
        map.put("evidence", evidence);
        map.put("seconds", seconds);
        map.put("tokens", tokens);
        map.put("cost", cost);
        map.put("calls", calls);
        return map;
    }
}
