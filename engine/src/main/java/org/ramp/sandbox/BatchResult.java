package org.ramp.sandbox;

import java.util.Map;

/** The results of a batch's jobs, by id, and how its container ended. */
public record BatchResult(Map<String, JobResult> results, ContainerOutcome container) {

    public BatchResult {
        results = Map.copyOf(results);
    }

    /** The result of a job; a job without one (the container died) counts as missing. */
    public JobResult get(String jobId) {
        return results.getOrDefault(jobId, JobResult.missing(jobId));
    }
}
