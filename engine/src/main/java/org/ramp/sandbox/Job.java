package org.ramp.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * One shell command run inside a container by the job runner, with its own bounds.
 *
 * @param id             unique within a batch; names the result files
 * @param workdir        container folder the command starts in
 * @param command        a bash command line
 * @param stdin          container path of the command's standard input; none means /dev/null
 * @param timeoutSeconds wall time, after which the command is killed and the job counts as timed out
 * @param maxOutputBytes stdout beyond this is cut and the job counts as over the limit; {@link #LOG_ONLY}
 *                       makes stdout a log, kept with the tail of stderr and never a reason to fail
 * @param after          a job that must have exited 0 first; otherwise this one is skipped
 */
public record Job(String id, String workdir, String command, Optional<String> stdin, int timeoutSeconds,
        long maxOutputBytes, Optional<String> after) {
    /** For builds and checks, whose output is a log to show on failure rather than a result. */
    public static final long LOG_ONLY = 0;

    public Job {
        Objects.requireNonNull(id);
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("job id must be a plain file name: " + id);
        }
        if (timeoutSeconds <= 0 || maxOutputBytes < 0) {
            throw new IllegalArgumentException("job " + id + " needs a positive timeout and output bound");
        }
    }

    public static Job of(String id, String workdir, String command, int timeoutSeconds, long maxOutputBytes) {
        return new Job(id, workdir, command, Optional.empty(), timeoutSeconds, maxOutputBytes, Optional.empty());
    }

    public Job withStdin(String path) {
        return new Job(id, workdir, command, Optional.of(path), timeoutSeconds, maxOutputBytes, after);
    }

    public Job withStdin(Optional<String> path) {
        return new Job(id, workdir, command, path, timeoutSeconds, maxOutputBytes, after);
    }

    public Job after(String jobId) {
        return new Job(id, workdir, command, stdin, timeoutSeconds, maxOutputBytes, Optional.of(jobId));
    }
}
