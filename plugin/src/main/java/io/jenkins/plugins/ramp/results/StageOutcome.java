package io.jenkins.plugins.ramp.results;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.results.StageResult;

/**
 * What a Pipeline learns of one stage: the few values of the engine's {@link StageResult} a Jenkinsfile uses,
 * serialisable so that it crosses from the node to the controller and into the Pipeline's state.
 */
public final class StageOutcome implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Evidence lines kept with a failure: enough to see why, little enough for a console line. */
    private static final int EVIDENCE_LINES = 3;

    public final String stage;
    public final String name;
    public final String status;
    public final double score;
    public final double passThreshold;
    public final boolean passed;
    public final boolean resurrected;
    public final String inputs;
    /** The failure class id (e.g. "reasoning"), or null when the stage did not fail. */
    public final String failureClass;
    public final List<String> evidence;
    public final long tokens;
    public final double cost;
    public final int calls;
    public final double seconds;

    public StageOutcome(StageResult r) {
        stage = r.id();
        name = r.name();
        status = r.status().id();
        score = r.score();
        passThreshold = r.passThreshold();
        passed = r.passed();
        resurrected = r.resurrected();
        inputs = r.inputs() == null ? null : r.inputs().id();
        failureClass = r.failure() == null ? null : r.failure().failureClass().id();
        evidence = r.failure() == null ? List.of()
                : List.copyOf(r.failure().evidence().subList(0, Math.min(EVIDENCE_LINES, r.failure().evidence().size())));
        tokens = r.usage() == null ? 0 : r.usage().tokensCorrected();
        cost = r.usage() == null ? 0 : r.usage().costUsd();
        calls = r.usage() == null ? 0 : r.usage().calls();
        seconds = r.startedAt() == null || r.finishedAt() == null ? 0
                : Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0;
    }

    /** The step's return value: plain types only, so that a sandboxed Jenkinsfile reads it as {@code result.score}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("stage", stage);
        map.put("name", name);
        map.put("status", status);
        map.put("score", score);
        map.put("passThreshold", passThreshold);
        map.put("passed", passed);
        map.put("resurrected", resurrected);
        map.put("inputs", inputs);
        map.put("failureClass", failureClass);
        map.put("tokens", tokens);
        map.put("cost", cost);
        map.put("calls", calls);
        map.put("seconds", seconds);
        return map;
    }

    /** One console line, with the engine's text cut and stripped of control characters (it may quote the agent). */
    public String summary() {
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
                "RAMP %s %s: %s, score %.2f (passes at %.0f), %d calls, %d tokens, $%.4f", stage, name, status, score,
                passThreshold, calls, tokens, cost));
        if (failureClass != null) {
            line.append(", failure: ").append(failureClass);
        }
        if (resurrected) {
            line.append(", resurrected");
        }
        return Text.printable(line.toString(), 400);
    }
}
