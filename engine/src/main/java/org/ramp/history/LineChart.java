package org.ramp.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Chart.js line chart's {@code data}: one label a build, one dataset a series. A value a build does not
 * have is null, which Chart.js draws as a gap.
 */
public record LineChart(List<String> labels, List<Dataset> datasets) {

    public LineChart {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
    }

    /** One series: {@code data[i]} belongs to {@code labels[i]}; null where there is no value. */
    public record Dataset(String label, List<Double> data) {
        public Dataset {
            data = Collections.unmodifiableList(new ArrayList<>(data)); // List.copyOf refuses the nulls of gaps
        }
    }
}
