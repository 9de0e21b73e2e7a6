package org.ramp.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ramp.util.Progress;

/**
 * Runs a {@link JobBatch} in one fresh container: writes the jobs and the runner script into a host
 * folder bound at {@value #BATCH_DIR}, starts one runner per shard, and reads back every job's result.
 */
public final class JobRunner {
    public static final String BATCH_DIR = "/ramp/batch";
    /** Jobs run as this uid (the image's unprivileged user), shard k as JOB_UID + k. */
    public static final int JOB_UID = 1000;
    private static final String RUNNER = "runner.sh";
    private static final int STDERR_TAIL = 4096;

    private final DockerEngine docker;
    private final ContainerProfile profile;

    public JobRunner(DockerEngine docker, ContainerProfile profile) {
        this.docker = docker;
        this.profile = profile;
    }

    /**
     * @param batchDir an empty host folder for the jobs and their results
     * @param mounts   further folders the jobs need
     * @param shards   how many runners work in parallel
     */
    public BatchResult run(JobBatch batch, Path batchDir, List<Mount> mounts, int shards, Duration timeout) {
        return run(batch, batchDir, mounts, shards, timeout, Progress.SILENT);
    }

    /** As {@link #run(JobBatch, Path, List, int, Duration)}, reporting how many jobs are done as they finish. */
    public BatchResult run(JobBatch batch, Path batchDir, List<Mount> mounts, int shards, Duration timeout,
            Progress progress) {
        List<List<Job>> parts = batch.shards(shards);
        // the runner runs as root in the container; jobs, as unprivileged users, cannot write here
        Path results = privateDir(batchDir.resolve("results"));
        StringBuilder main = new StringBuilder("set -u\n");
        try {
            Path commands = Files.createDirectories(batchDir.resolve("commands"));
            try (InputStream runner = JobRunner.class.getResourceAsStream(RUNNER)) {
                if (runner == null) {
                    throw new IllegalStateException(RUNNER + " is missing from the engine's resources");
                }
                Files.write(batchDir.resolve(RUNNER), runner.readAllBytes());
            }
            if (!batch.firstJobs().isEmpty()) {
                Files.writeString(batchDir.resolve("jobs-first.tsv"), jobLines(batch.firstJobs(), commands), StandardCharsets.UTF_8);
                main.append("bash ").append(BATCH_DIR).append('/').append(RUNNER).append(' ')
                        .append(BATCH_DIR).append("/jobs-first.tsv ").append(BATCH_DIR).append("/results ")
                        .append(JOB_UID).append('\n');
            }
            for (int i = 0; i < parts.size(); i++) {
                String name = "jobs-" + i + ".tsv";
                Files.writeString(batchDir.resolve(name), jobLines(parts.get(i), commands), StandardCharsets.UTF_8);
                main.append("bash ").append(BATCH_DIR).append('/').append(RUNNER).append(' ')
                        .append(BATCH_DIR).append('/').append(name).append(' ')
                        .append(BATCH_DIR).append("/results ").append(JOB_UID + i).append(" &\n");
            }
            main.append("wait\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the jobs into " + batchDir, e);
        }
        List<Mount> all = new ArrayList<>(mounts);
        all.add(Mount.readWrite(batchDir, BATCH_DIR));
        ContainerOutcome outcome;
        try (ProgressWatch watch = new ProgressWatch(results, batch.size(), progress)) {
            outcome = docker.run(profile.spec(List.of("bash", "-c", main.toString()), all, timeout));
        }
        Map<String, JobResult> byId = new HashMap<>();
        for (Job job : batch.jobs()) {
            byId.put(job.id(), read(results, job));
        }
        return new BatchResult(byId, outcome);
    }

    private static Path privateDir(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir.getParent(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** One line a job; its command goes in its own file, so the runner needs no decoding. */
    private static String jobLines(List<Job> jobs, Path commands) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Job job : jobs) {
            Files.writeString(commands.resolve(job.id()), job.command(), StandardCharsets.UTF_8);
            lines.append(job.id()).append('\t')
                    .append(job.timeoutSeconds()).append('\t')
                    .append(job.maxOutputBytes()).append('\t')
                    .append(job.stdin().orElse("-")).append('\t')
                    .append(job.after().orElse("-")).append('\t')
                    .append(job.workdir())
                    .append('\n');
        }
        return lines.toString();
    }

    private static JobResult read(Path results, Job job) {
        Path status = results.resolve(job.id() + ".status");
        try {
            if (!Files.isRegularFile(status)) {
                return JobResult.missing(job.id());
            }
            String state = Files.readString(status).strip();
            if (state.equals("skipped")) {
                return new JobResult(job.id(), JobResult.Outcome.SKIPPED, -1, new byte[0], "", 0);
            }
            byte[] out = readBounded(results.resolve(job.id() + ".out"), job.maxOutputBytes() + 1);
            String err = new String(readTail(results.resolve(job.id() + ".err"), STDERR_TAIL), StandardCharsets.UTF_8);
            double seconds = readMillis(results.resolve(job.id() + ".time")) / 1000.0;
            if (state.equals("timeout")) {
                return new JobResult(job.id(), JobResult.Outcome.TIMED_OUT, -1, out, err, seconds);
            }
            int code = Integer.parseInt(state.substring("exit ".length()));
            if (job.maxOutputBytes() != Job.LOG_ONLY && out.length > job.maxOutputBytes()) {
                return new JobResult(job.id(), JobResult.Outcome.OUTPUT_LIMIT, code, out, err, seconds);
            }
            return new JobResult(job.id(), JobResult.Outcome.EXITED, code, out, err, seconds);
        } catch (IOException | RuntimeException e) {
            return JobResult.missing(job.id());
        }
    }

    private static long readMillis(Path file) throws IOException {
        return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
    }

    private static byte[] readBounded(Path file, long limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        }
    }

    /** The last {@code limit} bytes of a file, which may be large. */
    private static byte[] readTail(Path file, int limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            channel.position(Math.max(0, size - limit));
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(limit, size));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read the tail
            }
            return java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /** Counts of the results by outcome, for progress lines. */
    public static Map<JobResult.Outcome, Integer> tally(BatchResult result) {
        Map<JobResult.Outcome, Integer> counts = new HashMap<>();
        result.results().values().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    /** Counts finished jobs (their status files) every few seconds while the container runs. */
    private static final class ProgressWatch implements AutoCloseable {
        private final Thread thread;

        ProgressWatch(Path results, int total, Progress progress) {
            thread = new Thread(() -> {
                long last = -1;
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long done;
                    try (java.util.stream.Stream<Path> files = Files.list(results)) {
                        done = files.filter(f -> f.getFileName().toString().endsWith(".status")).count();
                    } catch (IOException e) {
                        continue;
                    }
                    if (done != last) {
                        progress.line("  " + done + "/" + total + " steps done");
                        last = done;
                    }
                }
            }, "ramp-progress");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
