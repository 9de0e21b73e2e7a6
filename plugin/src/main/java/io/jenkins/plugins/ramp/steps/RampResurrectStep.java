package io.jenkins.plugins.ramp.steps;

import hudson.Extension;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.results.StageOutcome;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code rampResurrect(stage: 'T1')}, the post-step of a failed stage ({@code post { unstable { ... } }}): the
 * Resurrection Protocol ({@code ramp resurrect}) puts the stage's reference outputs in place for the next stage and
 * records it. Returns the stage's result afterwards (the same keys as {@code rampStage}).
 */
public final class RampResurrectStep extends StageArguments {
    @DataBoundConstructor
    public RampResurrectStep(String stage) {
        super(stage);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient RampResurrectStep step;

        Execution(StepContext context, RampResurrectStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepNode node = StepNode.of(getContext());
            StartedRuns.Entry run = step.resolve(node);
            node.engine(run.credentialsId).run(EngineCommandLine.resurrect(RunFolder.of(run.name), step.getStage()));
            StageOutcome outcome = node.readStage(run.name, step.getStage());
            node.listener.getLogger().println(outcome.summary());
            return outcome.toMap();
        }
    }

    @Extension
    public static final class DescriptorImpl extends StageArguments.StageStepDescriptor {
        @Override
        public String getFunctionName() {
            return "rampResurrect";
        }

        @Override
        public String getDisplayName() {
            return "RAMP: resurrect a failed stage";
        }
    }
}
