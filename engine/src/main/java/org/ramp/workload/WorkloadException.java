package org.ramp.workload;

import java.util.List;

/** The workload has defects; each problem names the file, field and value, and what would fix it. */
public class WorkloadException extends Exception {
    private final List<String> problems;

    public WorkloadException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public WorkloadException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
