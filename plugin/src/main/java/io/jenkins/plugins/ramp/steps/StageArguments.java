package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.ramp.config.Settings;
import io.jenkins.plugins.ramp.engine.RunFolder;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The arguments of the steps that act on one stage of a run started by {@code rampRun}: {@code stage} (mandatory)
 * and {@code run}, the run's name, which may be left out where this workspace holds a single run of this build.
 */
public abstract class StageArguments extends Step {
    static final List<String> STAGES = List.of("T0", "T1", "T2", "T3", "T4", "T5");

    private final String stage;
    private String run;

    protected StageArguments(String stage) {
        this.stage = stage;
    }

    public String getStage() {
        return stage;
    }

    public String getRun() {
        return run;
    }

    @DataBoundSetter
    public void setRun(String run) {
        this.run = Settings.blankToNull(run);
    }

    /** The run this step acts on, in this build and this workspace. */
    StartedRuns.Entry resolve(StepNode node) throws IOException {
        try {
            RunFolder.checkStage(stage);
            if (run != null) {
                RunFolder.checkName(run);
            }
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        return StartedRuns.of(node.run).find(run, node.nodeName(), node.workspace.getRemote());
    }

    @Override
    public boolean equals(Object o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        StageArguments other = (StageArguments) o;
        return Objects.equals(stage, other.stage) && Objects.equals(run, other.run);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, run);
    }

    /** Form support shared by the stage steps; each web method {@code @POST} with a permission check. */
    public abstract static class StageStepDescriptor extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return StepNode.REQUIRED;
        }

        @POST
        public ListBoxModel doFillStageItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (RunStepDescriptor.mayConfigure(item)) {
                for (String stage : STAGES) {
                    model.add(stage, stage);
                }
            }
            return model;
        }

        @POST
        public FormValidation doCheckRun(@AncestorInPath Item item, @QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            return RunStepDescriptor.check(item, RunFolder.nameProblem(value.trim()));
        }
    }
}
