package org.ramp.grading;

import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.JobResult;
import org.ramp.util.Text;

/** T0: a check scores 100 when its command exited 0, else 0 with the tail of what it printed. */
public final class ExitStatusGrader implements Grader {

    @Override
    public CaseScore score(GradeCase gradeCase, BatchResult results) {
        String jobId = gradeCase.producedBy().orElseThrow(() ->
                new IllegalArgumentException("check " + gradeCase.name() + " has no job to grade"));
        JobResult result = results.get(jobId);
        if (result.succeeded()) {
            return CaseScore.full();
        }
        String prefix = result.outcome() == JobResult.Outcome.MISSING ? "infrastructure: " : "";
        return CaseScore.zero(prefix + "check " + gradeCase.name() + " " + result.describe() + ": "
                + Text.lastLines(result.stderrTail(), 8));
    }
}
