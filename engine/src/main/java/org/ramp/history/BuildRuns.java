package org.ramp.history;

import java.util.List;

/**
 * The runs one build recorded, as their summaries; a build without RAMP results has none.
 *
 * @param label how charts name the build: "#12", a build's display name, a run id
 */
public record BuildRuns(String label, List<RunSummary> runs) {

    public BuildRuns {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }
}
