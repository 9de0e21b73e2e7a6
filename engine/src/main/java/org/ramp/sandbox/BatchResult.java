package org.ramp.sandbox;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a batch's jobs, by id, how its container ended, and what came back from it.
 *
 * @param exported  the host folder holding the fetched outputs, {@code JOB/NAME}; null when none came back
 * @param refused   entries of the returned archive the host refused (links, special files, over the bound)
 * @param tripwires attempts of steps to run what they may not (the reference toolchain), by step
 */
public record BatchResult(Map<String, JobResult> results, ContainerOutcome container, Path exported,
        List<String> refused, List<Tripwire> tripwires) {

    /** One attempt recorded by a tripwire: which step, and the command it tried (untrusted text). */
    public record Tripwire(String jobId, String attempt) {
    }

    public BatchResult {
        results = Map.copyOf(results);
        refused = List.copyOf(refused);
        tripwires = List.copyOf(tripwires);
    }

    public BatchResult(Map<String, JobResult> results, ContainerOutcome container) {
        this(results, container, null, List.of(), List.of());
    }

    /** The result of a job; a job without one (the container died) counts as missing. */
    public JobResult get(String jobId) {
        return results.getOrDefault(jobId, JobResult.missing(jobId));
    }

    /** Where a job's fetched output is on the host, when it was sealed and came back as a regular file. */
    public Optional<Path> output(String jobId, String name) {
        if (exported == null) {
            return Optional.empty();
        }
        Path file = exported.resolve(jobId).resolve(name);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }
}
