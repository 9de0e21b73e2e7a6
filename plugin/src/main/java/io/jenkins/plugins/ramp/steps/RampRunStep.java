package io.jenkins.plugins.ramp.steps;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code rampRun(name: 'gpt-4o', model: ..., endpoint: ..., credentialsId: ..., ...)}: starts, or finds again, the
 * RAMP run of that name in this workspace ({@code ramp/NAME}) and makes sure the toolchain image exists on this node.
 * Returns {@code [name:, runDir:, model:, agent:, mode:]}.
 */
public final class RampRunStep extends RunArguments {
    @DataBoundConstructor
    public RampRunStep(String name) {
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
            return RunStarter.start(StepNode.of(getContext()), step).toMap();
        }
    }

    @Extension
    public static final class DescriptorImpl extends RunStepDescriptor {
        @Override
        public String getFunctionName() {
            return "rampRun";
        }

        @Override
        public String getDisplayName() {
            return "RAMP: start or find again an assessment run";
        }
    }
}
