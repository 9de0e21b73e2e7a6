package io.jenkins.plugins.ramp.steps;

import hudson.Extension;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.results.RunOutcome;
import io.jenkins.plugins.ramp.results.StageOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code rampAssess(name: ..., the arguments of rampRun)}: the whole assessment in one step for scripted Pipelines:
 * {@code rampRun}, then T0 to T5, each failed stage resurrected unless the mode is strict, then {@code ramp finish}.
 * Returns the run's metrics and its stages ({@code [aei:, meanReward:, ..., stages: [...]]}).
 */
public final class RampAssessStep extends RunArguments {
    @DataBoundConstructor
    public RampAssessStep(String name) {
        super(name);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient RunArguments step;

        Execution(StepContext context, RunArguments step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepNode node = StepNode.of(getContext());
            RunStarter.Started run = RunStarter.start(node, step);
            List<String> warnings = new ArrayList<>();
            for (String stage : StageArguments.STAGES) {
                run.engine.run(EngineCommandLine.stage(run.runDir, stage));
                StageOutcome outcome = node.readStage(run.name, stage);
                node.listener.getLogger().println(outcome.summary());
                String warning = StageVerdict.warning(outcome);
                if (warning != null) {
                    warnings.add(warning);
                }
                if ("failed".equals(outcome.status) && !"strict".equals(run.options.mode)) {
                    run.engine.run(EngineCommandLine.resurrect(run.runDir, stage));
                }
            }
            run.engine.run(EngineCommandLine.finish(run.runDir));
            RunOutcome outcome = node.readRun(run.name);
            if (!warnings.isEmpty()) {
                StageVerdict.apply(node, String.join("; ", warnings));
            }
            record(node, run, outcome);
            return outcome.toMap();
        }

        /**
         * RECORDING HOOK: where recording plugs in (the next brief: the build action with the run's summary, archived
         * run.json, junit.xml, transcripts and report, quality gates). Today the run's folder in the workspace is the
         * record; nothing is attached to the build beyond the {@link StartedRuns} entry.
         */
        private void record(StepNode node, RunStarter.Started run, RunOutcome outcome) {
            node.listener.getLogger().println("RAMP run '" + run.name + "' finished (" + outcome.status + "): results "
                    + "in " + run.runDir + " (run.json, junit.xml, report.html)");
        }
    }

    @Extension
    public static final class DescriptorImpl extends RunStepDescriptor {
        @Override
        public String getFunctionName() {
            return "rampAssess";
        }

        @Override
        public String getDisplayName() {
            return "RAMP: a whole assessment run (all six stages, resurrection, finish)";
        }
    }
}
