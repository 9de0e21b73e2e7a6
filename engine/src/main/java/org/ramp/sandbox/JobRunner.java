package org.ramp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ramp.archive.ArchiveBounds;
import org.ramp.archive.TarExtractor;
import org.ramp.archive.TarPlan;
import org.ramp.util.Progress;

/**
 * Runs a {@link JobBatch} in one fresh container. Its files go in by archive copy before it starts (the
 * runner, the jobs, the {@link BatchInputs}); the trusted runner (runner.py, root) runs every step as its
 * own unprivileged uid; after the container stopped, the results and the fetched outputs come back by
 * archive copy and are extracted with {@link TarExtractor}, which accepts only regular files. No host
 * folder is ever mounted into the container.
 */
public final class JobRunner {
    static final String BATCH_DIR = "/ramp/batch";
    static final String EXPORT = "/ramp/export";
    private static final String RUNNER = "runner.py";
    private static final String FILES = "files.tar";
    /** Inputs up to this size are packed in memory. */
    private static final long IN_MEMORY_BYTES = 64L << 20;
    /** The runner's results, packed into one file once every step has run (else the folder is fetched). */
    static final String EXPORT_TAR = "/ramp/export.tar";
    private static final int STDERR_TAIL = 4096;
    /** No single file a step writes may exceed 1 GiB (RLIMIT_FSIZE). */
    static final long FILE_LIMIT = 1L << 30;
    /** What the batch's files may add up to going in: a workspace over it is refused with the reason. */
    public static final ArchiveBounds INPUT_BOUNDS = new ArchiveBounds(2L << 30, 500_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DockerEngine docker;
    private final ContainerProfile profile;

    public JobRunner(DockerEngine docker, ContainerProfile profile) {
        this.docker = docker;
        this.profile = profile;
    }

    /**
     * @param inputs  the files the container starts with
     * @param hostDir an empty host folder, where what comes back is extracted
     * @param shards  how many steps run in parallel
     */
    public BatchResult run(JobBatch batch, BatchInputs inputs, Path hostDir, int shards, Duration timeout) {
        return run(batch, inputs, hostDir, shards, timeout, Progress.SILENT);
    }

    /** As {@link #run(JobBatch, BatchInputs, Path, int, Duration)}, reporting how many jobs are done. */
    public BatchResult run(JobBatch batch, BatchInputs inputs, Path hostDir, int shards, Duration timeout,
            Progress progress) {
        // the project tree and the inputs travel as one file, which the runner unpacks into memory
        TarPlan plan = new TarPlan(INPUT_BOUNDS).directory("ramp", 0755).directory("ramp/batch", 0700)
                .file("ramp/batch/" + RUNNER, 0700, runnerScript())
                .file("ramp/batch/jobs.json", 0600, jobsFile(batch, shards));
        packed(inputs, hostDir, plan, "ramp/batch/" + FILES);
        Fetch fetch = new Fetch(hostDir, returnBounds(batch));
        AtomicInteger done = new AtomicInteger();
        long[] lastShown = {System.nanoTime()};
        ContainerOutcome outcome = docker.run(profile.spec(List.of("python3", "-S", BATCH_DIR + "/" + RUNNER,
                BATCH_DIR + "/jobs.json"), List.of(), timeout), new DockerEngine.Exchange() {
                    @Override
                    public void beforeStart(String id) {
                        ContainerArchives.copyIn(docker, id, plan);
                    }

                    @Override
                    public boolean followsLog() {
                        return true;
                    }

                    @Override
                    public void logLine(String line) {
                        if (line.startsWith("step ")) {
                            int count = done.incrementAndGet();
                            if (System.nanoTime() - lastShown[0] > 5_000_000_000L) {
                                lastShown[0] = System.nanoTime();
                                progress.line("  " + count + "/" + batch.size() + " steps done");
                            }
                        }
                    }

                    @Override
                    public void afterStop(String id) {
                        fetch.from(id);
                    }

                    @Override
                    public boolean removeInBackground() {
                        // everything needed came back: the container and its grading copy go off the path
                        return true;
                    }
                });
        Path exported = exported(hostDir);
        Map<String, JsonNode> records = records(exported.resolve("results"));
        Map<String, JobResult> byId = new HashMap<>();
        for (Job job : batch.jobs()) {
            byId.put(job.id(), read(exported.resolve("results"), job, records.get(job.id())));
        }
        return new BatchResult(byId, outcome, Files.isDirectory(exported) ? exported : null, fetch.refused,
                tripwires(exported.resolve("results")));
    }

    /** Adds the batch's inputs to a plan as one tar file: in memory when small, else written to the host folder. */
    private static void packed(BatchInputs inputs, Path hostDir, TarPlan outer, String name) {
        TarPlan plan = inputs.toPlan(INPUT_BOUNDS);
        try {
            if (plan.bytes() <= IN_MEMORY_BYTES) {
                java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream((int) plan.bytes() + (1 << 20));
                plan.writeTo(tar);
                outer.file(name, 0600, tar.toByteArray());
                return;
            }
            Files.createDirectories(hostDir);
            Path file = hostDir.resolve(FILES);
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
                plan.writeTo(out);
            }
            outer.file(name, 0600, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the batch's files into " + hostDir, e);
        }
    }

    /** What came back; a container that died before its runner set up leaves nothing, and that is kept. */
    private final class Fetch {
        private final Path hostDir;
        private final ArchiveBounds bounds;
        private final List<String> refused = new ArrayList<>();

        Fetch(Path hostDir, ArchiveBounds bounds) {
            this.hostDir = hostDir;
            this.bounds = bounds;
        }

        void from(String id) {
            try {
                Files.createDirectories(hostDir);
                try (InputStream packed = ContainerArchives.copyOut(docker, id, EXPORT_TAR);
                        org.apache.commons.compress.archivers.tar.TarArchiveInputStream outer =
                                new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(packed)) {
                    // one entry, the runner's tar of its results, itself extracted as safely as any archive
                    var entry = outer.getNextEntry();
                    if (entry != null && entry.isFile() && entry.getSize() <= bounds.maxBytes() + (1 << 20)) {
                        refused.addAll(TarExtractor.extract(outer, hostDir, bounds).refused());
                        return;
                    }
                } catch (IOException | SandboxException e) {
                    // the runner did not finish: what it left in the folder
                }
                try (InputStream tar = ContainerArchives.copyOut(docker, id, EXPORT)) {
                    refused.addAll(TarExtractor.extract(tar, hostDir, bounds).refused());
                }
            } catch (IOException | SandboxException e) {
                refused.add("nothing came back from the container: " + e.getMessage());
            }
        }
    }

    /** One uid (and gid) a step, never reused: a random base, so that concurrent containers do not share them. */
    private static byte[] jobsFile(JobBatch batch, int shards) {
        List<List<Job>> parts = batch.shards(shards);
        if (batch.size() >= 0x10000) {
            throw new IllegalArgumentException("a batch holds at most 65535 jobs, not " + batch.size());
        }
        long base = 0x10000000L + (long) RANDOM.nextInt(0xE000) * 0x10000L;
        Map<String, Long> uids = new HashMap<>();
        List<Job> all = batch.jobs();
        for (int i = 0; i < all.size(); i++) {
            uids.put(all.get(i).id(), base + i);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("fileLimit", FILE_LIMIT);
        root.put("toolchainGid", ContainerProfile.TOOLCHAIN_GROUP);
        ArrayNode first = root.putArray("first");
        batch.firstJobs().forEach(job -> first.add(json(job, uids.get(job.id()))));
        ArrayNode shardList = root.putArray("shards");
        for (List<Job> part : parts) {
            ArrayNode jobs = shardList.addArray();
            part.forEach(job -> jobs.add(json(job, uids.get(job.id()))));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode json(Job job, long uid) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", job.id());
        node.put("uid", uid);
        node.put("command", job.command());
        job.workdir().ifPresent(dir -> node.put("workdir", dir));
        node.put("timeout", job.timeoutSeconds());
        node.put("maxStdout", job.maxOutputBytes());
        job.stdin().ifPresent(path -> node.put("stdin", path));
        job.after().ifPresent(after -> node.put("after", after));
        node.put("toolchain", job.access().toolchain());
        node.put("maxProcesses", job.access().maxProcesses());
        job.access().tree().ifPresent(tree -> node.put("tree", tree));
        Job.Files files = job.files();
        files.grants().forEach(node.putArray("grants")::add);
        files.outputs().forEach(node.putArray("outputs")::add);
        files.pinned().forEach(node.putArray("pinned")::add);
        files.channel().ifPresent(name -> node.put("channel", name));
        files.fetched().forEach(node.putArray("fetch")::add);
        node.put("maxFileBytes", files.maxFileBytes());
        return node;
    }

    /** Enough for every fetched output at its bound and every step's bounded logs, and no more. */
    private static ArchiveBounds returnBounds(JobBatch batch) {
        long bytes = 1 << 20;
        int entries = 100;
        for (Job job : batch.jobs()) {
            bytes += job.files().fetched().size() * job.files().maxFileBytes() + job.maxOutputBytes() + 2L * STDERR_TAIL;
            entries += job.files().fetched().size() + 4;
        }
        return new ArchiveBounds(bytes, entries);
    }

    private static byte[] runnerScript() {
        try (InputStream runner = JobRunner.class.getResourceAsStream(RUNNER)) {
            if (runner == null) {
                throw new IllegalStateException(RUNNER + " is missing from the engine's resources");
            }
            return runner.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runner's result lines, by job id (first steps and every shard). */
    private static Map<String, JsonNode> records(Path results) {
        Map<String, JsonNode> records = new HashMap<>();
        if (!Files.isDirectory(results, LinkOption.NOFOLLOW_LINKS)) {
            return records;
        }
        try (var files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode record = JSON.readTree(line);
                        records.put(record.path("id").asText(), record);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a runner that died mid-line leaves the rest of its jobs missing
        }
        return records;
    }

    private static JobResult read(Path results, Job job, JsonNode record) {
        if (record == null) {
            return JobResult.missing(job.id());
        }
        try {
            String state = record.path("status").asText();
            if (state.equals("skipped")) {
                return new JobResult(job.id(), JobResult.Outcome.SKIPPED, -1, new byte[0], "", 0);
            }
            byte[] out = OutputFiles.head(results.resolve(job.id() + ".out"), job.maxOutputBytes() + 1);
            String err = new String(OutputFiles.tail(results.resolve(job.id() + ".err"), STDERR_TAIL),
                    StandardCharsets.UTF_8);
            double seconds = record.path("ms").asLong() / 1000.0;
            Map<String, String> refused = new HashMap<>();
            record.path("refused").fields().forEachRemaining(e -> refused.put(e.getKey(), e.getValue().asText()));
            if (state.equals("timeout")) {
                return new JobResult(job.id(), JobResult.Outcome.TIMED_OUT, -1, out, err, seconds, refused);
            }
            int code = Integer.parseInt(state.substring("exit ".length()));
            if (job.maxOutputBytes() != Job.LOG_ONLY && out.length > job.maxOutputBytes()) {
                return new JobResult(job.id(), JobResult.Outcome.OUTPUT_LIMIT, code, out, err, seconds, refused);
            }
            return new JobResult(job.id(), JobResult.Outcome.EXITED, code, out, err, seconds, refused);
        } catch (IOException | RuntimeException e) {
            return JobResult.missing(job.id());
        }
    }

    private static List<BatchResult.Tripwire> tripwires(Path results) {
        List<BatchResult.Tripwire> found = new ArrayList<>();
        if (!Files.isDirectory(results, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (var files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("audit-")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && found.size() < 1000) {
                        found.add(new BatchResult.Tripwire(line.substring(0, tab), line.substring(tab + 1)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            found.add(new BatchResult.Tripwire("unknown", "the audit of tool attempts could not be read: "
                    + e.getMessage()));
        }
        return found;
    }

    /** Where, under a batch's host folder, the fetched outputs land: {@code JOB/NAME}. */
    public static Path exported(Path hostDir) {
        return hostDir.resolve("export");
    }

    /** Counts of the results by outcome, for progress lines. */
    public static Map<JobResult.Outcome, Integer> tally(BatchResult result) {
        Map<JobResult.Outcome, Integer> counts = new HashMap<>();
        result.results().values().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }
}
