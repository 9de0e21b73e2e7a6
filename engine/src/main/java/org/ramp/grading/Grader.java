package org.ramp.grading;

import java.util.List;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.Job;

/**
 * Scores one stage's output, one case at a time. Graders that must compile or run the candidate say
 * so through {@link #jobs}; they run in the grade container and {@link #score} reads their results.
 */
public interface Grader {

    /** The jobs that observe a candidate (compile, run, measure); none for graders that read files only. */
    default List<Job> jobs(GradeCase gradeCase) {
        return List.of();
    }

    /** Scores the case from its candidate file, its golden files and the results of its jobs. */
    CaseScore score(GradeCase gradeCase, BatchResult results);
}
