package io.jenkins.plugins.ramp.steps;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.ramp.config.Settings;
import io.jenkins.plugins.ramp.credentials.ApiKeys;
import io.jenkins.plugins.ramp.engine.BundledRecipes;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.engine.RunOptions;
import io.jenkins.plugins.ramp.engine.RunOptionsCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form support of the steps that start a run ({@code rampRun}, {@code rampAssess}): list boxes and validation,
 * each web method {@code @POST} with a permission check (job configuration, or administration outside a job).
 */
public abstract class RunStepDescriptor extends StepDescriptor {
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return StepNode.REQUIRED;
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return ApiKeys.listBox(item, credentialsId);
    }

    /** The agent kinds, then the recipes the engine bundle carries. */
    @POST
    public ListBoxModel doFillAgentItems(@AncestorInPath Item item) {
        List<String> agents = new ArrayList<>(RunOptions.Agents.ALL);
        agents.addAll(BundledRecipes.names());
        return choices(item, agents);
    }

    @POST
    public ListBoxModel doFillModeItems(@AncestorInPath Item item) {
        return choices(item, RunOptions.Modes.ALL);
    }

    @POST
    public FormValidation doCheckName(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, RunFolder.nameProblem(value));
    }

    @POST
    public FormValidation doCheckEndpoint(@AncestorInPath Item item, @QueryParameter String value) {
        RunOptions options = new RunOptions();
        options.agent = RunOptions.Agents.NOOP;
        options.endpoint = value == null || value.isBlank() ? null : value.trim();
        List<String> problems = RunOptionsCheck.problems(options, false);
        return check(item, problems.isEmpty() ? null : problems.get(0));
    }

    @POST
    public FormValidation doCheckAgentImage(@AncestorInPath Item item, @QueryParameter String value) {
        return check(item, Settings.imageProblem(value));
    }

    @POST
    public FormValidation doCheckPrice(@AncestorInPath Item item, @QueryParameter String value,
            @QueryParameter String model) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        return check(item, RunOptionsCheck.priceProblem(model == null || model.isBlank() ? null : model.trim(), value));
    }

    static boolean mayConfigure(Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    static FormValidation check(Item item, String problem) {
        if (!mayConfigure(item) || problem == null) {
            return FormValidation.ok();
        }
        return FormValidation.error(problem);
    }

    private static ListBoxModel choices(Item item, List<String> values) {
        ListBoxModel model = new ListBoxModel();
        if (mayConfigure(item)) {
            for (String value : values) {
                model.add(value, value);
            }
        }
        return model;
    }
}
