package io.jenkins.plugins.ramp.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ramp.history.BuildRuns;
import org.ramp.history.SeriesKey;
import org.ramp.history.Trends;

/**
 * The job page's trend data: the newest {@code limit} builds of a history, from their run summaries alone (no
 * build's detail file is read), oldest first, as the engine's {@link Trends} JSON that the charts read.
 */
public final class TrendData {
    /** The most builds a chart shows; a request may ask for fewer. */
    public static final int MAX_BUILDS = 1000;
    public static final int DEFAULT_BUILDS = 100;
    /** Builds looked at, with results or not, before the search stops (a long job mostly without RAMP results). */
    static final int SCAN_LIMIT = 5 * MAX_BUILDS;

    private TrendData() {
    }

    public static String json(BuildHistory history, int limit, SeriesKey key) {
        int wanted = limit <= 0 ? DEFAULT_BUILDS : Math.min(limit, MAX_BUILDS);
        List<BuildRuns> builds = new ArrayList<>();
        int scanned = 0;
        for (BuildRecord build : history.newestFirst()) {
            if (builds.size() >= wanted || ++scanned > SCAN_LIMIT) {
                break;
            }
            List<org.ramp.history.RunSummary> runs = build.summaries();
            if (!runs.isEmpty()) {
                builds.add(new BuildRuns(build.label(), runs));
            }
        }
        Collections.reverse(builds);
        return Trends.of(builds, key).toJson();
    }

    /** The series key a request names ("model", or anything else for the run's name). */
    public static SeriesKey key(String text) {
        return "model".equals(text) ? SeriesKey.MODEL : SeriesKey.NAME;
    }
}
