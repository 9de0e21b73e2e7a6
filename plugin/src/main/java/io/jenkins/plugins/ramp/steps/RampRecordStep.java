package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.ramp.actions.RecordedRun;
import io.jenkins.plugins.ramp.config.Settings;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.gates.GateArguments;
import io.jenkins.plugins.ramp.gates.QualityGateArgument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;
import org.ramp.gates.GateSpecException;
import org.ramp.gates.QualityGate;

/**
 * {@code rampRecord(runs: 'gpt-4o', qualityGates: [[metric: 'AEI', baseline: 'REFERENCE', threshold: -2.0,
 * criticality: 'UNSTABLE']], referenceBuild: 12)}: for each run (the named ones; without names those of this
 * workspace inside {@code node { }}, else all of the build), {@code ramp finish} on the run's node, its results
 * kept in the build (summary in build.xml, run.json, junit.xml, transcripts and report.html in the build's folder),
 * then the gates against the reference build, which set the build result. Returns the gates' outcome
 * ({@code [outcome:, passed:, referenceBuild:, summary:, results: [...], runs: [...]]}).
 */
public final class RampRecordStep extends Step {
    private List<QualityGateArgument> qualityGates = new ArrayList<>();
    private String runs;
    private Integer referenceBuild;

    @DataBoundConstructor
    public RampRecordStep() {
    }

    public List<QualityGateArgument> getQualityGates() {
        return qualityGates;
    }

    @DataBoundSetter
    public void setQualityGates(List<QualityGateArgument> qualityGates) {
        this.qualityGates = qualityGates == null ? new ArrayList<>() : new ArrayList<>(qualityGates);
    }

    /** The runs to record, by name, separated by commas; null for the default. */
    public String getRuns() {
        return runs;
    }

    @DataBoundSetter
    public void setRuns(String runs) {
        this.runs = Settings.blankToNull(runs);
    }

    public Integer getReferenceBuild() {
        return referenceBuild;
    }

    @DataBoundSetter
    public void setReferenceBuild(Integer referenceBuild) {
        this.referenceBuild = referenceBuild;
    }

    /** The run names given, each checked. */
    static List<String> names(String runs) throws AbortException {
        List<String> names = new ArrayList<>();
        if (runs == null) {
            return names;
        }
        for (String part : runs.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            String problem = RunFolder.nameProblem(name);
            if (problem != null) {
                throw new AbortException("rampRecord(runs: ...): " + problem);
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RampRecordStep)) {
            return false;
        }
        RampRecordStep other = (RampRecordStep) o;
        return Objects.equals(qualityGates, other.qualityGates) && Objects.equals(runs, other.runs)
                && Objects.equals(referenceBuild, other.referenceBuild);
    }

    @Override
    public int hashCode() {
        return Objects.hash(qualityGates, runs, referenceBuild);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient RampRecordStep step;

        Execution(StepContext context, RampRecordStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> build = context.get(Run.class);
            TaskListener listener = context.get(TaskListener.class);
            FlowNode flowNode = context.get(FlowNode.class);
            List<QualityGate> gates;
            try {
                gates = GateArguments.gates(step.qualityGates);
            } catch (GateSpecException e) {
                throw new AbortException("rampRecord(qualityGates: ...): " + e.getMessage());
            }
            List<String> names = names(step.runs);
            FilePath workspace = context.get(FilePath.class);
            Computer computer = workspace == null ? null : context.get(Computer.class);
            String nodeName = computer == null || computer.getNode() == null ? null
                    : computer.getNode().getNodeName().isEmpty() ? "built-in" : computer.getNode().getNodeName();
            List<StartedRuns.Entry> targets = StartedRuns.of(build).select(names, nodeName,
                    nodeName == null ? null : workspace.getRemote());
            EnvVars environment = context.get(EnvVars.class);
            List<RecordedRun> recorded = new ArrayList<>();
            for (StartedRuns.Entry target : targets) {
                recorded.add(RunRecorder.record(build, listener, environment, target, true));
            }
            Map<String, Object> result = gates.isEmpty() ? noGates()
                    : GateRecorder.evaluate(build, listener, flowNode, gates, recorded, step.referenceBuild);
            List<String> recordedNames = new ArrayList<>();
            for (RecordedRun run : recorded) {
                recordedNames.add(run.getName());
            }
            result.put("runs", recordedNames);
            return result;
        }

        private static Map<String, Object> noGates() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("outcome", "none");
            map.put("passed", true);
            map.put("referenceBuild", null);
            map.put("summary", "no quality gate given");
            map.put("results", List.of());
            return map;
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        /** Not a node: the step reaches each run on its own node, and records from anywhere. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FlowNode.class);
        }

        @Override
        public String getFunctionName() {
            return "rampRecord";
        }

        @Override
        public String getDisplayName() {
            return "RAMP: record runs (results, files, quality gates)";
        }

        @POST
        public FormValidation doCheckRuns(@AncestorInPath Item item, @QueryParameter String value) {
            try {
                names(value);
                return FormValidation.ok();
            } catch (AbortException e) {
                return RunStepDescriptor.check(item, e.getMessage());
            }
        }

        @POST
        public FormValidation doCheckReferenceBuild(@AncestorInPath Item item, @QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            String problem = value.trim().matches("[1-9][0-9]{0,8}") ? null
                    : "referenceBuild: '" + value.trim() + "' is not a build number; give one such as 12, or leave it "
                            + "empty for the last earlier build whose gates passed";
            return RunStepDescriptor.check(item, problem);
        }
    }
}
