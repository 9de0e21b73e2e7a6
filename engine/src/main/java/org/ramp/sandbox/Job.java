package org.ramp.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One shell command run inside a grade container by the job runner, as its own unprivileged user, with
 * its own bounds and only the files it is given (see runner.py).
 *
 * @param id             unique within a batch; names the result files and the step's folders
 * @param workdir        container folder the command starts in; none means its own folder
 *                       ({@link #folder(String)}), where it writes its outputs
 * @param command        a bash command line
 * @param stdin          container path of the command's standard input, opened by the runner; none means
 *                       /dev/null. The step itself cannot read the file
 * @param timeoutSeconds wall time, after which the command is killed and the job counts as timed out
 * @param maxOutputBytes stdout beyond this is cut and the job counts as over the limit; {@link #LOG_ONLY}
 *                       makes stdout a log, kept with the tail of stderr and never a reason to fail
 * @param after          a job that must have exited 0 first; otherwise this one is skipped
 * @param access         what the step may run and reach
 * @param files          what the step is given and what is kept of what it writes
 */
public record Job(String id, Optional<String> workdir, String command, Optional<String> stdin, int timeoutSeconds,
        long maxOutputBytes, Optional<String> after, Access access, Files files) {
    /** For builds and checks, whose output is a log to show on failure rather than a result. */
    public static final long LOG_ONLY = 0;
    /** Where steps' folders, pinned files and sealed outputs live inside the container. */
    public static final String STEPS = "/ramp/steps";
    public static final String PINNED = "/ramp/pinned";
    public static final String SEALED = "/ramp/sealed";
    /** A sealed output is at most this big unless the job says otherwise. */
    public static final long DEFAULT_FILE_BYTES = 64L << 20;

    /**
     * @param toolchain    whether the step runs with the toolchain group, which alone may execute the
     *                     reference toolchain: builds and graders' steps, never the program under assessment
     * @param maxProcesses RLIMIT_NPROC of the step's uid; 0 is the runner's default (512, so that no step
     *                     can take all of the container's processes). With 1 the step cannot fork at all,
     *                     so nothing of it can outlive it
     * @param tree         a folder the step may write (a build tree), sealed read-only when it ends
     */
    public record Access(boolean toolchain, int maxProcesses, Optional<String> tree) {
        static final Access PROGRAM = new Access(false, 0, Optional.empty());
    }

    /**
     * @param grants       container files made readable to this step alone before it runs
     * @param outputs      files it writes into its folder, sealed when it ends
     * @param pinned       files the runner creates in {@link #pinned(String, String)} before it runs, which
     *                     it may write in place but not replace: for a trusted tool's report written from
     *                     inside an untrusted process
     * @param channel      a sealed output fed by the step's fd 3, a pipe: what is written cannot be taken back
     * @param fetched      the names (of outputs, pinned files and the channel) the host gets back
     * @param maxFileBytes the largest output that is sealed; a bigger one is refused
     */
    public record Files(List<String> grants, List<String> outputs, List<String> pinned, Optional<String> channel,
            Set<String> fetched, long maxFileBytes) {
        static final Files NONE = new Files(List.of(), List.of(), List.of(), Optional.empty(), Set.of(),
                DEFAULT_FILE_BYTES);

        public Files {
            grants = List.copyOf(grants);
            outputs = List.copyOf(outputs);
            pinned = List.copyOf(pinned);
            fetched = Set.copyOf(fetched);
            for (String name : concat(outputs, pinned)) {
                if (!name.matches("[A-Za-z0-9_.+-]+") || name.startsWith(".")) {
                    throw new IllegalArgumentException("an output must be a plain file name: " + name);
                }
            }
        }

        /** Every name the step leaves sealed. */
        public List<String> sealedNames() {
            List<String> all = concat(outputs, pinned);
            channel.ifPresent(all::add);
            return all;
        }
    }

    public Job {
        Objects.requireNonNull(id);
        if (!id.matches("[A-Za-z0-9_.+-]+") || id.startsWith(".")) {
            throw new IllegalArgumentException("job id must be a plain file name: " + id);
        }
        if (timeoutSeconds <= 0 || maxOutputBytes < 0) {
            throw new IllegalArgumentException("job " + id + " needs a positive timeout and output bound");
        }
    }

    /** A step that starts in {@code workdir}. */
    public static Job of(String id, String workdir, String command, int timeoutSeconds, long maxOutputBytes) {
        return new Job(id, Optional.of(workdir), command, Optional.empty(), timeoutSeconds, maxOutputBytes,
                Optional.empty(), Access.PROGRAM, Files.NONE);
    }

    /** A step that starts in its own folder. */
    public static Job inOwnFolder(String id, String command, int timeoutSeconds, long maxOutputBytes) {
        return new Job(id, Optional.empty(), command, Optional.empty(), timeoutSeconds, maxOutputBytes,
                Optional.empty(), Access.PROGRAM, Files.NONE);
    }

    /** The step's own folder in the container: only it can write there, and nothing there can be executed. */
    public static String folder(String jobId) {
        return STEPS + "/" + jobId;
    }

    /** Where an output of a step is once sealed; later steps read it when it is granted to them. */
    public static String sealed(String jobId, String name) {
        return SEALED + "/" + jobId + "/" + name;
    }

    /** A pinned file of a step (see {@link Files#pinned}). */
    public static String pinned(String jobId, String name) {
        return PINNED + "/" + jobId + "/" + name;
    }

    public Job withStdin(String path) {
        return withStdin(Optional.of(path));
    }

    public Job withStdin(Optional<String> path) {
        return new Job(id, workdir, command, path, timeoutSeconds, maxOutputBytes, after, access, files);
    }

    public Job after(String jobId) {
        return new Job(id, workdir, command, stdin, timeoutSeconds, maxOutputBytes, Optional.of(jobId), access, files);
    }

    /** The step may run the reference toolchain (a build, or a grader's own compile step). */
    public Job withToolchain() {
        return with(new Access(true, access.maxProcesses(), access.tree()));
    }

    public Job maxProcesses(int count) {
        return with(new Access(access.toolchain(), count, access.tree()));
    }

    /** The step may write this tree (a build), which is sealed read-only when it ends. */
    public Job writing(String tree) {
        return with(new Access(access.toolchain(), access.maxProcesses(), Optional.of(tree)));
    }

    public Job granting(String... paths) {
        List<String> grants = new ArrayList<>(files.grants());
        grants.addAll(List.of(paths));
        return with(new Files(grants, files.outputs(), files.pinned(), files.channel(), files.fetched(),
                files.maxFileBytes()));
    }

    /** Outputs written into the step's folder, sealed and returned to the host. */
    public Job producing(String... names) {
        return outputs(true, names);
    }

    /** Outputs written into the step's folder, sealed for later steps only (the host does not need them). */
    public Job handingOn(String... names) {
        return outputs(false, names);
    }

    public Job pinning(String... names) {
        Set<String> fetched = new LinkedHashSet<>(files.fetched());
        fetched.addAll(List.of(names));
        return with(new Files(files.grants(), files.outputs(), concat(files.pinned(), List.of(names)),
                files.channel(), fetched, files.maxFileBytes()));
    }

    public Job withChannel(String name) {
        Set<String> fetched = new LinkedHashSet<>(files.fetched());
        fetched.add(name);
        return with(new Files(files.grants(), files.outputs(), files.pinned(), Optional.of(name), fetched,
                files.maxFileBytes()));
    }

    public Job maxFileBytes(long bytes) {
        return with(new Files(files.grants(), files.outputs(), files.pinned(), files.channel(), files.fetched(),
                bytes));
    }

    private Job outputs(boolean fetch, String... names) {
        Set<String> fetched = new LinkedHashSet<>(files.fetched());
        if (fetch) {
            fetched.addAll(List.of(names));
        }
        return with(new Files(files.grants(), concat(files.outputs(), List.of(names)), files.pinned(),
                files.channel(), fetched, files.maxFileBytes()));
    }

    private Job with(Access next) {
        return new Job(id, workdir, command, stdin, timeoutSeconds, maxOutputBytes, after, next, files);
    }

    private Job with(Files next) {
        return new Job(id, workdir, command, stdin, timeoutSeconds, maxOutputBytes, after, access, next);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
