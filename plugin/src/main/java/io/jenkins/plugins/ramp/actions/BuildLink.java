package io.jenkins.plugins.ramp.actions;

import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;

/** An earlier build with RAMP results, as a comparison link names it. */
public final class BuildLink {
    private final int number;
    private final String gateOutcome;

    BuildLink(int number, String gateOutcome) {
        this.number = number;
        this.gateOutcome = gateOutcome;
    }

    public int getNumber() {
        return number;
    }

    public String getGateOutcome() {
        return gateOutcome == null ? "no gates" : "gates: " + gateOutcome;
    }

    static List<BuildLink> earlier(Run<?, ?> build, int max) {
        List<BuildLink> links = new ArrayList<>();
        int looked = 0;
        for (Run<?, ?> r = build.getPreviousBuild(); r != null && links.size() < max && looked < 100;
                r = r.getPreviousBuild()) {
            looked++;
            RampBuildAction action = r.getAction(RampBuildAction.class);
            if (action != null && !action.getRecords().isEmpty()) {
                links.add(new BuildLink(r.getNumber(), action.gateOutcome()));
            }
        }
        return links;
    }
}
