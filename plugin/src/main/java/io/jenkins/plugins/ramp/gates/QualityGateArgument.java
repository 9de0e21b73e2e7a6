package io.jenkins.plugins.ramp.gates;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.ramp.config.Settings;
import java.util.Locale;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;
import org.ramp.history.Metric;

/**
 * One quality gate of {@code rampRecord(qualityGates: [[metric: 'AEI', baseline: 'REFERENCE', threshold: -2.0,
 * criticality: 'UNSTABLE']])}: {@code metric} and {@code threshold} mandatory, {@code stage} for metric
 * {@code stage}, {@code baseline} ABSOLUTE (default) or REFERENCE, {@code criticality} NOTE, UNSTABLE (default) or
 * FAILURE. The engine's {@code GateSpecs} judges the values; names are kept as written, known ones in their canonical
 * form, so that what the Snippet Generator writes binds back to an equal gate.
 */
public final class QualityGateArgument extends AbstractDescribableImpl<QualityGateArgument> {
    public static final String ABSOLUTE = "ABSOLUTE";
    public static final String UNSTABLE = "UNSTABLE";

    private final String metric;
    private final double threshold;
    private String stage;
    private String baseline = ABSOLUTE;
    private String criticality = UNSTABLE;

    @DataBoundConstructor
    public QualityGateArgument(String metric, double threshold) {
        Metric known = Metric.named(metric);
        this.metric = known != null ? known.id() : Settings.blankToNull(metric);
        this.threshold = threshold;
    }

    public String getMetric() {
        return metric;
    }

    public double getThreshold() {
        return threshold;
    }

    public String getStage() {
        return stage;
    }

    @DataBoundSetter
    public void setStage(String stage) {
        String value = Settings.blankToNull(stage);
        this.stage = value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    public String getBaseline() {
        return baseline;
    }

    @DataBoundSetter
    public void setBaseline(String baseline) {
        String value = Settings.blankToNull(baseline);
        this.baseline = value == null ? ABSOLUTE : value.toUpperCase(Locale.ROOT);
    }

    public String getCriticality() {
        return criticality;
    }

    @DataBoundSetter
    public void setCriticality(String criticality) {
        String value = Settings.blankToNull(criticality);
        this.criticality = value == null ? UNSTABLE : value.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QualityGateArgument)) {
            return false;
        }
        QualityGateArgument other = (QualityGateArgument) o;
        return Double.compare(threshold, other.threshold) == 0 && Objects.equals(metric, other.metric)
                && Objects.equals(stage, other.stage) && Objects.equals(baseline, other.baseline)
                && Objects.equals(criticality, other.criticality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, threshold, stage, baseline, criticality);
    }

    @Override
    public String toString() {
        return GateArguments.toMap(this).toString();
    }

    /** The gate's form in the Snippet Generator; every web method {@code @POST} with a permission check. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<QualityGateArgument> {
        @Override
        public String getDisplayName() {
            return "RAMP quality gate";
        }

        @POST
        public ListBoxModel doFillMetricItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (mayConfigure(item)) {
                for (Metric m : Metric.values()) {
                    model.add(m.label() + " (" + m.id() + ")", m.id());
                }
            }
            return model;
        }

        @POST
        public ListBoxModel doFillBaselineItems(@AncestorInPath Item item) {
            return choices(item, "ABSOLUTE", "REFERENCE");
        }

        @POST
        public ListBoxModel doFillCriticalityItems(@AncestorInPath Item item) {
            return choices(item, "NOTE", "UNSTABLE", "FAILURE");
        }

        @POST
        public ListBoxModel doFillStageItems(@AncestorInPath Item item) {
            return choices(item, "", "T0", "T1", "T2", "T3", "T4", "T5");
        }

        @POST
        public FormValidation doCheckThreshold(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String metric, @QueryParameter String stage) {
            if (!mayConfigure(item)) {
                return FormValidation.ok();
            }
            String problem = GateArguments.problem(metric, value, stage);
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }

        private static ListBoxModel choices(Item item, String... values) {
            ListBoxModel model = new ListBoxModel();
            if (mayConfigure(item)) {
                for (String value : values) {
                    model.add(value.isEmpty() ? "(none: not a stage's score)" : value, value);
                }
            }
            return model;
        }

        static boolean mayConfigure(Item item) {
            return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
        }
    }
}
