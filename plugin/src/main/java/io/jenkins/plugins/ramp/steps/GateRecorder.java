package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.ramp.actions.GateRow;
import io.jenkins.plugins.ramp.actions.JobHistory;
import io.jenkins.plugins.ramp.actions.RampBuildAction;
import io.jenkins.plugins.ramp.actions.RecordedRun;
import io.jenkins.plugins.ramp.history.BuildRecord;
import io.jenkins.plugins.ramp.history.ReferenceBuilds;
import io.jenkins.plugins.ramp.results.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.ramp.gates.GateEvaluation;
import org.ramp.gates.GateOutcome;
import org.ramp.gates.GateResult;
import org.ramp.gates.QualityGate;
import org.ramp.history.RunSummary;

/**
 * Evaluates quality gates on the runs a build recorded, against the reference build (chosen, or the last earlier
 * build whose gates passed), keeps the results with the build and sets the build result as they say: UNSTABLE or
 * FAILURE (a warning on the step too, so the Pipeline stage shows it); NOTE changes nothing.
 */
final class GateRecorder {
    private GateRecorder() {
    }

    static Map<String, Object> evaluate(Run<?, ?> build, TaskListener listener, FlowNode node, List<QualityGate> gates,
            List<RecordedRun> runs, Integer referenceNumber) throws IOException {
        BuildRecord reference = reference(build, referenceNumber);
        List<RunSummary> summaries = new ArrayList<>();
        for (RecordedRun run : runs) {
            summaries.add(run.summary());
        }
        GateEvaluation evaluation;
        try {
            evaluation = GateEvaluation.of(gates, summaries, reference == null ? List.of() : reference.summaries());
        } catch (IllegalArgumentException e) {
            throw new AbortException("rampRecord: " + e.getMessage());
        }
        String label = reference == null ? null : reference.label();
        Map<String, List<GateRow>> byRun = new LinkedHashMap<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (GateResult result : evaluation.results()) {
            GateRow row = GateRow.of(result, label);
            byRun.computeIfAbsent(result.run(), name -> new ArrayList<>()).add(row);
            results.add(row.toMap());
        }
        RampBuildAction.of(build).gates(byRun, evaluation.outcome().id(), label);
        listener.getLogger().println(reference == null
                ? "RAMP quality gates: no reference build (no earlier build whose gates passed); gates against the"
                        + " reference are not checked"
                : "RAMP quality gates against build " + label);
        listener.getLogger().print(evaluation.toText());
        String summary = Text.printable(evaluation.summary(), 2000);
        if (evaluation.outcome() == GateOutcome.UNSTABLE || evaluation.outcome() == GateOutcome.FAILURE) {
            Result result = evaluation.outcome() == GateOutcome.FAILURE ? Result.FAILURE : Result.UNSTABLE;
            node.addOrReplaceAction(new WarningAction(result).withMessage(summary));
            build.setResult(result);
        }
        build.save();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("outcome", evaluation.outcome().id());
        map.put("passed", !evaluation.outcome().changesBuildResult());
        map.put("referenceBuild", label);
        map.put("summary", summary);
        map.put("results", results);
        return map;
    }

    private static BuildRecord reference(Run<?, ?> build, Integer number) throws AbortException {
        if (number == null) {
            return ReferenceBuilds.lastPassed(new JobHistory(build.getParent()), build.getNumber());
        }
        Run<?, ?> chosen = number < build.getNumber() ? build.getParent().getBuildByNumber(number) : null;
        RampBuildAction action = chosen == null ? null : chosen.getAction(RampBuildAction.class);
        String problem = ReferenceBuilds.problem(chosen == null ? null : action != null ? action : EMPTY, number,
                build.getNumber());
        if (problem != null) {
            throw new AbortException("rampRecord: " + problem);
        }
        return action;
    }

    /** A build that exists but recorded nothing. */
    private static final BuildRecord EMPTY = new BuildRecord() {
        @Override
        public String label() {
            return "";
        }

        @Override
        public int number() {
            return 0;
        }

        @Override
        public boolean building() {
            return false;
        }

        @Override
        public String gateOutcome() {
            return null;
        }

        @Override
        public List<RunSummary> summaries() {
            return List.of();
        }
    };
}
