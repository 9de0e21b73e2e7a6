package org.ramp.grading;

import java.util.ArrayList;
import java.util.List;
import org.ramp.sandbox.Job;
import org.ramp.workload.Check;
import org.ramp.workload.Stage;

/**
 * T0's checks as jobs: each runs in the project root, which it may write (they build it) with the
 * toolchain; one that depends on a failed check is skipped.
 */
public final class CheckJobs {
    private CheckJobs() {
    }

    /**
     * @param prefix makes the job ids unique within the batch
     * @param projectDir the project root inside the container
     */
    public static List<Job> of(Stage stage, String prefix, String projectDir) {
        List<Job> jobs = new ArrayList<>();
        for (Check check : stage.checks()) {
            Job job = Job.of(jobId(prefix, check.name()), projectDir, check.command(), stage.limits().caseSeconds(),
                    Job.LOG_ONLY).withToolchain().writing(projectDir);
            jobs.add(check.after().map(after -> job.after(jobId(prefix, after))).orElse(job));
        }
        return jobs;
    }

    public static String jobId(String prefix, String check) {
        return prefix + "." + check;
    }
}
