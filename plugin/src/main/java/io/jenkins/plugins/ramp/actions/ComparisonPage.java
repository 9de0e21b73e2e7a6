package io.jenkins.plugins.ramp.actions;

import hudson.model.Run;
import io.jenkins.plugins.ramp.history.BuildRecord;
import io.jenkins.plugins.ramp.history.ReferenceBuilds;
import io.jenkins.plugins.ramp.views.ComparisonRows;
import java.util.ArrayList;
import java.util.List;
import org.ramp.history.RunSummary;

/**
 * {@code BUILD/ramp/comparison/ID/}: this build's runs against the runs of the same names in another build, per
 * stage and per metric, from both builds' summaries. ID is a build number, or {@code reference}: the build the gates
 * compared with, else the last earlier build whose gates passed.
 */
public final class ComparisonPage {
    private final RampBuildAction current;
    private final RampBuildAction other;
    private final String otherLabel;

    ComparisonPage(RampBuildAction current, RampBuildAction other, String otherLabel) {
        this.current = current;
        this.other = other;
        this.otherLabel = otherLabel;
    }

    static ComparisonPage of(RampBuildAction current, String id) {
        Run<?, ?> owner = current.getOwner();
        if (owner == null || id == null) {
            return null;
        }
        int number;
        if ("reference".equals(id)) {
            String reference = current.getReferenceBuild();
            if (reference != null && reference.matches("#\\d{1,9}")) {
                number = Integer.parseInt(reference.substring(1));
            } else {
                BuildRecord found = ReferenceBuilds.lastPassed(new JobHistory(owner.getParent()), owner.getNumber());
                if (found == null) {
                    return new ComparisonPage(current, null, null);
                }
                number = found.number();
            }
        } else if (id.matches("\\d{1,9}")) {
            number = Integer.parseInt(id);
        } else {
            return null;
        }
        Run<?, ?> build = owner.getParent().getBuildByNumber(number);
        RampBuildAction action = build == null ? null : build.getAction(RampBuildAction.class);
        return action == null ? null : new ComparisonPage(current, action, "#" + number);
    }

    public Run<?, ?> getOwner() {
        return current.getOwner();
    }

    public String getDisplayName() {
        return otherLabel == null ? "RAMP comparison" : "RAMP comparison with build " + otherLabel;
    }

    /** Null when there is no build to compare with. */
    public String getOtherBuild() {
        return otherLabel;
    }

    public List<ComparisonRows> getRuns() {
        List<ComparisonRows> rows = new ArrayList<>();
        if (other == null) {
            return rows;
        }
        for (RecordedRun run : current.getRecords()) {
            RunSummary summary = run.summary();
            if (summary == null) {
                continue;
            }
            RecordedRun otherRun = other.find(run.getName());
            rows.add(ComparisonRows.of(run.getName(), otherRun == null ? null : otherRun.summary(), summary));
        }
        return rows;
    }
}
