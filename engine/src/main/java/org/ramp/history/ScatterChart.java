package org.ramp.history;

import java.util.List;

/**
 * A Chart.js scatter chart's {@code data}: cost (x, USD) against mean reward (y) of the runs of one build,
 * a dataset a series.
 *
 * @param build the label of the build the points are from; null when no build has results
 */
public record ScatterChart(String build, List<Dataset> datasets) {

    public ScatterChart {
        datasets = List.copyOf(datasets);
    }

    public record Dataset(String label, List<Point> data) {
        public Dataset {
            data = List.copyOf(data);
        }
    }

    public record Point(double x, double y) {
    }
}
