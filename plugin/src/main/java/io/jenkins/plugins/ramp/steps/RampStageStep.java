package io.jenkins.plugins.ramp.steps;

import hudson.Extension;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.EngineProcess;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.results.StageOutcome;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code rampStage(stage: 'T1', run: 'gpt-4o')}: runs exactly that stage of the run ({@code ramp stage}), its
 * progress in the console as it goes. A stage below its threshold marks the Pipeline stage unstable and the Pipeline
 * goes on. Returns {@code [score:, passed:, status:, failureClass:, tokens:, cost:, calls:, seconds:, ...]}.
 */
public final class RampStageStep extends StageArguments {
    @DataBoundConstructor
    public RampStageStep(String stage) {
        super(stage);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient RampStageStep step;

        Execution(StepContext context, RampStageStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepNode node = StepNode.of(getContext());
            StartedRuns.Entry run = step.resolve(node);
            EngineProcess engine = node.engine(run.credentialsId);
            engine.run(EngineCommandLine.stage(RunFolder.of(run.name), step.getStage()));
            StageOutcome outcome = node.readStage(run.name, step.getStage());
            node.listener.getLogger().println(outcome.summary());
            StageVerdict.apply(node, StageVerdict.warning(outcome));
            return outcome.toMap();
        }
    }

    @Extension
    public static final class DescriptorImpl extends StageArguments.StageStepDescriptor {
        @Override
        public String getFunctionName() {
            return "rampStage";
        }

        @Override
        public String getDisplayName() {
            return "RAMP: run one stage";
        }
    }
}
