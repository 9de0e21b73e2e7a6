package io.jenkins.plugins.ramp.config;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * RAMP's global settings (Manage Jenkins, System; Configuration as Code: {@code unclassified: ramp: ...}): the price
 * table given to every run, the toolchain image, and AEI's scales. Empty means the engine's own default.
 */
@Extension
@Symbol("ramp")
public class RampGlobalConfiguration extends GlobalConfiguration {
    private String priceTable;
    private String toolchainImage;
    private Double timeScale;
    private Double costScale;
    private Double tokenScale;

    public RampGlobalConfiguration() {
        load();
    }

    public static RampGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(RampGlobalConfiguration.class);
    }

    /** A price table in the engine's format, merged over the engine's bundled one; null for the bundled one alone. */
    public String getPriceTable() {
        return priceTable;
    }

    @DataBoundSetter
    public void setPriceTable(String priceTable) {
        this.priceTable = Settings.blankToNull(priceTable);
        save();
    }

    public String getToolchainImage() {
        return toolchainImage;
    }

    @DataBoundSetter
    public void setToolchainImage(String toolchainImage) {
        this.toolchainImage = Settings.blankToNull(toolchainImage);
        save();
    }

    public Double getTimeScale() {
        return timeScale;
    }

    @DataBoundSetter
    public void setTimeScale(Double timeScale) {
        this.timeScale = timeScale;
        save();
    }

    public Double getCostScale() {
        return costScale;
    }

    @DataBoundSetter
    public void setCostScale(Double costScale) {
        this.costScale = costScale;
        save();
    }

    public Double getTokenScale() {
        return tokenScale;
    }

    @DataBoundSetter
    public void setTokenScale(Double tokenScale) {
        this.tokenScale = tokenScale;
        save();
    }

    @POST
    public FormValidation doCheckPriceTable(@QueryParameter String value) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        String problem = Settings.priceTableProblem(value);
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    @POST
    public FormValidation doCheckToolchainImage(@QueryParameter String value) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        String problem = Settings.imageProblem(value);
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    @POST
    public FormValidation doCheckTimeScale(@QueryParameter String value) {
        return checkScale(value);
    }

    @POST
    public FormValidation doCheckCostScale(@QueryParameter String value) {
        return checkScale(value);
    }

    @POST
    public FormValidation doCheckTokenScale(@QueryParameter String value) {
        return checkScale(value);
    }

    private static FormValidation checkScale(String value) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        String problem = Settings.scaleProblem(value);
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }
}
