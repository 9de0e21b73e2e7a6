package io.jenkins.plugins.ramp.actions;

import io.jenkins.plugins.ramp.views.Figure;
import io.jenkins.plugins.ramp.views.StageRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ramp.history.RunSummaries;
import org.ramp.history.RunSummary;
import org.ramp.history.RunSummaryException;
import org.ramp.results.RunResult;

/**
 * One run as its build keeps it in build.xml: the run's name, its summary as JSON text (schema ramp-summary/1, about
 * 1.3 KB; engine records cannot be XStream's, and JEP-200 lets strings through), its gate results, the files the
 * build kept of it and what it left out. The summary is parsed once and kept in a transient field. Immutable: a new
 * gate evaluation replaces the record.
 */
public final class RecordedRun {
    private static final Logger LOGGER = Logger.getLogger(RecordedRun.class.getName());

    private final String name;
    private final String summaryJson;
    private final List<GateRow> gates;
    private final List<String> files;
    private final List<String> notes;
    private transient volatile RunSummary summary;

    public RecordedRun(String name, String summaryJson, List<GateRow> gates, List<String> files, List<String> notes) {
        this.name = name;
        this.summaryJson = summaryJson;
        this.gates = new ArrayList<>(gates);
        this.files = new ArrayList<>(files);
        this.notes = new ArrayList<>(notes);
    }

    public static RecordedRun of(RunSummary summary, List<String> files, List<String> notes) {
        RecordedRun run = new RecordedRun(summary.name(), RunSummaries.toJson(summary), List.of(), files, notes);
        run.summary = summary;
        return run;
    }

    public RecordedRun withGates(List<GateRow> results) {
        RecordedRun run = new RecordedRun(name, summaryJson, results, files, notes);
        run.summary = summary;
        return run;
    }

    public String getName() {
        return name;
    }

    /** The run's summary, or null when the text kept in build.xml cannot be read (the reason is logged). */
    public RunSummary summary() {
        RunSummary known = summary;
        if (known == null && summaryJson != null) {
            try {
                known = RunSummaries.fromJson(summaryJson, "the summary of RAMP run " + name);
                summary = known;
            } catch (RunSummaryException e) {
                LOGGER.log(Level.WARNING, e.getMessage());
            }
        }
        return known;
    }

    public List<GateRow> getGates() {
        return gates == null ? List.of() : List.copyOf(gates);
    }

    public List<String> getFiles() {
        return files == null ? List.of() : List.copyOf(files);
    }

    public List<String> getNotes() {
        return notes == null ? List.of() : List.copyOf(notes);
    }

    /** The run for the REST API: its summary's figures, stages (from the details when given) and gate results. */
    public Map<String, Object> toMap(RunResult details) {
        Map<String, Object> map = new LinkedHashMap<>();
        RunSummary s = summary();
        map.put("name", name);
        if (s != null) {
            map.put("runId", s.runId());
            map.put("model", s.model());
            map.put("agent", s.agent());
            map.put("mode", s.mode());
            map.put("status", s.status() == null ? null : s.status().id());
            map.put("startedAt", s.startedAt() == null ? null : s.startedAt().toString());
            map.put("metrics", metrics(s));
            map.put("totals", totals(s));
            List<Map<String, Object>> stages = new ArrayList<>();
            for (StageRow row : details != null ? StageRow.of(details) : StageRow.of(s)) {
                stages.add(row.toMap());
            }
            map.put("stages", stages);
        }
        List<Map<String, Object>> gateMaps = new ArrayList<>();
        for (GateRow gate : getGates()) {
            gateMaps.add(gate.toMap());
        }
        map.put("gates", gateMaps);
        map.put("files", getFiles());
        map.put("notes", getNotes());
        return map;
    }

    private static Map<String, Object> metrics(RunSummary s) {
        if (!s.complete()) {
            return null;
        }
        RunSummary.Metrics m = s.metrics();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("aei", m.aei());
        map.put("pipelineScore", m.pipelineScore());
        map.put("meanReward", m.meanReward());
        map.put("passScore", m.passScore());
        map.put("stage", m.stage());
        map.put("strictScore", m.strictScore());
        if (m.aeiComponents() != null) {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("stage", m.aeiComponents().stage());
            parts.put("meanReward", m.aeiComponents().meanReward());
            parts.put("time", m.aeiComponents().time());
            parts.put("cost", m.aeiComponents().cost());
            parts.put("tokens", m.aeiComponents().tokens());
            map.put("aeiComponents", parts);
        }
        return map;
    }

    private static Map<String, Object> totals(RunSummary s) {
        RunSummary.Totals t = s.totals();
        if (t == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("seconds", t.seconds());
        map.put("costUsd", t.costUsd());
        map.put("tokensCorrected", t.tokensCorrected());
        map.put("tokensRamp", t.tokensRamp());
        map.put("calls", t.calls());
        map.put("stagesPassed", t.stagesPassed());
        map.put("modelFailures", t.modelFailures());
        map.put("infrastructureFailures", t.infrastructureFailures());
        return map;
    }

    /** The figures a page shows, from the summary. */
    public List<Figure> metricFigures() {
        RunSummary s = summary();
        return s == null ? List.of() : Figure.metrics(s);
    }
}
