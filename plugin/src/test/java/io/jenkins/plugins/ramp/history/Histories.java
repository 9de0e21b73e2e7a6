package io.jenkins.plugins.ramp.history;

import java.util.ArrayList;
import java.util.List;
import org.ramp.history.RunSummary;

/** Plain builds standing in for a job's builds, newest first. */
final class Histories {
    private Histories() {
    }

    record Build(int number, boolean building, String gateOutcome, List<RunSummary> summaries) implements BuildRecord {
        @Override
        public String label() {
            return "#" + number;
        }
    }

    static BuildHistory of(List<Build> oldestFirst) {
        List<BuildRecord> newest = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newest);
        return () -> newest;
    }
}
