package io.jenkins.plugins.ramp.actions;

import io.jenkins.plugins.ramp.views.ViewText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ramp.gates.GateResult;
import org.ramp.report.Formats;

/**
 * One quality gate's result on one run, as the build keeps it (in build.xml: strings and numbers only, so that
 * XStream and JEP-200's class filter take it as it is) and as pages and the REST API show it.
 */
public final class GateRow {
    private final String run;
    private final String gate;
    private final String spec;
    private final String criticality;
    private final String unit;
    private final Double value;
    private final Double reference;
    private final Double delta;
    private final String referenceRunId;
    private final String referenceBuild;
    private final String status;
    private final boolean passed;
    private final String message;

    GateRow(String run, String gate, String spec, String criticality, String unit, Double value, Double reference,
            Double delta, String referenceRunId, String referenceBuild, String status, boolean passed,
            String message) {
        this.run = run;
        this.gate = gate;
        this.spec = spec;
        this.criticality = criticality;
        this.unit = unit;
        this.value = value;
        this.reference = reference;
        this.delta = delta;
        this.referenceRunId = referenceRunId;
        this.referenceBuild = referenceBuild;
        this.status = status;
        this.passed = passed;
        this.message = message;
    }

    /** @param referenceBuild the label of the reference build ("#12"), or null when there was none */
    public static GateRow of(GateResult result, String referenceBuild) {
        return new GateRow(result.run(), result.gate().describe(), result.gate().toSpec(),
                result.gate().criticality().id(), result.gate().metric().unit().id(), result.value(),
                result.reference(), result.delta(), result.referenceRunId(),
                result.referenceRunId() == null ? null : referenceBuild, result.status().id(), result.passed(),
                result.message());
    }

    public String getRun() {
        return run;
    }

    public String getGate() {
        return ViewText.line(gate, 200);
    }

    public String getCriticality() {
        return criticality;
    }

    public String getStatus() {
        return status;
    }

    public boolean isPassed() {
        return passed;
    }

    /** The table row's class: how the page colours it. */
    public String getRowClass() {
        return passed ? "ramp-passed" : "ramp-failed";
    }

    public String getValueText() {
        return Formats.byUnit(value, unit);
    }

    public String getReferenceText() {
        return Formats.byUnit(reference, unit);
    }

    public String getDeltaText() {
        return Formats.signedByUnit(delta, unit);
    }

    public String getReferenceBuild() {
        return referenceBuild;
    }

    public String getMessage() {
        return ViewText.line(message, 600);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run", run);
        map.put("gate", gate);
        map.put("spec", spec);
        map.put("criticality", criticality);
        map.put("status", status);
        map.put("passed", passed);
        map.put("value", value);
        map.put("reference", reference);
        map.put("delta", delta);
        map.put("referenceRunId", referenceRunId);
        map.put("referenceBuild", referenceBuild);
        map.put("message", message);
        return map;
    }
}
