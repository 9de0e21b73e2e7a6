package org.ramp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramp.agents.NoopAgent;
import org.ramp.golden.GoldenSet;
import org.ramp.results.AgentPhase;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.RunResults;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.results.Usage;
import org.ramp.run.StageGrader;
import org.ramp.sandbox.ContainerOutcome;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.BatchInputs;
import org.ramp.sandbox.JobRunner;
import org.ramp.sandbox.Mount;
import org.ramp.archive.TarExtractor;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.util.Shell;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * How much the harness adds to a stage. One stage with the noop agent is run as the engine runs it
 * (agent phase, workspace copy, inputs, grade container, job runner with its bounds and bookkeeping,
 * scoring, the stage's result written), and the very same grading commands are run in one container by
 * a plain shell loop, with the same parallelism. The ratio of the two wall times is the overhead.
 */
public final class HarnessOverhead {
    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final Workload workload;
    private final GoldenSet golden;
    private final Progress progress;

    public HarnessOverhead(DockerEngine docker, ToolchainInfo toolchain, Workload workload, GoldenSet golden,
            Progress progress) {
        this.docker = docker;
        this.toolchain = toolchain;
        this.workload = workload;
        this.golden = golden;
        this.progress = progress;
    }

    /** One measurement: seconds of the harness and of the plain loop. */
    public record Sample(double harnessSeconds, double plainSeconds) {
        public double ratio() {
            return harnessSeconds / plainSeconds;
        }
    }

    /** The samples and their medians. */
    public record Result(String stage, int cases, int steps, List<Sample> samples) {
        public double harnessSeconds() {
            return median(samples.stream().mapToDouble(Sample::harnessSeconds).toArray());
        }

        public double plainSeconds() {
            return median(samples.stream().mapToDouble(Sample::plainSeconds).toArray());
        }

        public double ratio() {
            return harnessSeconds() / plainSeconds();
        }

        public String render() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "stage %s, %d cases, %d grading steps, noop agent%n", stage, cases, steps));
            for (int i = 0; i < samples.size(); i++) {
                Sample sample = samples.get(i);
                out.append(String.format(Locale.ROOT, "  run %d: harness %.2f s, plain loop %.2f s, ratio %.3f%n",
                        i + 1, sample.harnessSeconds(), sample.plainSeconds(), sample.ratio()));
            }
            out.append(String.format(Locale.ROOT, "median: harness %.2f s, plain loop %.2f s, ratio %.3f "
                    + "(overhead %.2f s)%n", harnessSeconds(), plainSeconds(), ratio(), harnessSeconds() - plainSeconds()));
            return out.toString();
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    public Result measure(Stage stage, List<TestProgram> programs, int repeat) throws IOException {
        Path work = FileTrees.temporaryFolder("ramp-bench");
        try {
            Path workspace = work.resolve("workspace");
            WorkspaceTemplate template = new WorkspaceTemplate(workload, golden);
            template.create(workspace, programs.stream().filter(p -> p.visibility() == Visibility.PUBLIC).toList());
            template.applyT0Golden(workspace);
            Map<String, Path> inputs = new HashMap<>();
            stage.input().ifPresent(input -> programs.forEach(p -> inputs.put(p.name(),
                    golden.programDir(p.name()).resolve(input))));
            StageGrader grader = new StageGrader(docker, ContainerProfile.offline(toolchain.tag(), "bench"), workload,
                    golden, Progress.SILENT);
            progress.line("warming up (one unmeasured run of each)");
            harness(grader, stage, programs, inputs, workspace, work);
            plain(grader, stage, programs, inputs, workspace, work);
            List<Sample> samples = new ArrayList<>();
            int steps = 0;
            for (int i = 0; i < repeat; i++) {
                double harness;
                double plain;
                // alternate the order, so that neither always runs on a warmer machine
                if (i % 2 == 0) {
                    harness = harness(grader, stage, programs, inputs, workspace, work);
                    plain = plain(grader, stage, programs, inputs, workspace, work);
                } else {
                    plain = plain(grader, stage, programs, inputs, workspace, work);
                    harness = harness(grader, stage, programs, inputs, workspace, work);
                }
                samples.add(new Sample(harness, plain));
                progress.line(String.format(Locale.ROOT, "run %d: harness %.2f s, plain %.2f s", i + 1, harness, plain));
            }
            StageGrader.Plan plan = grader.plan(stage, programs, inputs, workspace, work.resolve("count"));
            steps = plan.batch().size();
            return new Result(stage.id(), programs.size(), steps, samples);
        } finally {
            FileTrees.delete(work);
        }
    }

    /** The stage as the orchestrator runs it with the noop agent, result file included. */
    private double harness(StageGrader grader, Stage stage, List<TestProgram> programs, Map<String, Path> inputs,
            Path workspace, Path work) throws IOException {
        long started = System.nanoTime();
        Instant begin = Instant.now();
        new NoopAgent().work(null);
        StageGrader.Outcome outcome = grader.grade(stage, programs, inputs, workspace, work.resolve("harness"),
                work.resolve("outputs"));
        StageResult result = new StageResult(stage.id(), stage.name(), StageStatus.FAILED, outcome.score().score(),
                stage.passThreshold(), InputSource.GOLDEN, false, null, new AgentPhase("noop", 0, 0, 0, 0, "skipped"),
                new GradePhase(outcome.seconds(), outcome.build(), outcome.buildLog()), Usage.NONE, outcome.cases(),
                begin, Instant.now());
        RunResults.write(work.resolve("stage.json"), result);
        double seconds = (System.nanoTime() - started) / 1e9;
        // in a run the grading copies (and the grade container) are deleted while the next stage's agent
        // works; not timed here either
        FileTrees.awaitDeletions();
        docker.awaitRemovals();
        return seconds;
    }

    /**
     * The same jobs in one container, run by plain bash loops as root: no isolation, no bounds, no result
     * files, no scoring. Its files are laid out on the host beforehand (not timed), in memory as the
     * harness's are, and bind-mounted, the cheapest way in; the harness's archive copy is part of what the
     * ratio measures.
     */
    private double plain(StageGrader grader, Stage stage, List<TestProgram> programs, Map<String, Path> inputs,
            Path workspace, Path work) throws IOException {
        Path memory = memoryFolder().orElse(null);
        Path folder = (memory != null ? memory : work).resolve("plain");
        StageGrader.Plan plan = grader.plan(stage, programs, inputs, workspace, folder);
        try {
            lay(plan, folder.resolve("files"));
            String script = PlainLoop.script(plan.batch(), Runtime.getRuntime().availableProcessors());
            List<Mount> mounts = List.of(Mount.readWrite(folder.resolve("files/ramp/work"), BatchInputs.WORK),
                    Mount.readOnly(folder.resolve("files/ramp/in"), BatchInputs.INPUTS));
            long started = System.nanoTime();
            ContainerOutcome outcome = docker.run(ContainerProfile.offline(toolchain.tag(), "bench")
                    .withHardening(ContainerProfile.BATCH_ON_MOUNTS)
                    .spec(List.of("bash", "-c", script), mounts, Duration.ofHours(1)), new DockerEngine.Exchange() {
                        @Override
                        public boolean removeInBackground() {
                            // as the harness's grade container is: its removal is not timed either
                            return true;
                        }
                    });
            double seconds = (System.nanoTime() - started) / 1e9;
            docker.awaitRemovals();
            if (outcome.exitCode() != 0) {
                throw new IllegalStateException("the plain loop failed: " + outcome.logTail());
            }
            return seconds;
        } finally {
            FileTrees.delete(memory != null ? memory : folder);
        }
    }

    /**
     * A folder on the host's memory file system, when it has one: the harness's steps build and write in
     * the container's memory, so a plain loop on disk would be slower than it need be.
     */
    private static java.util.Optional<Path> memoryFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (!java.nio.file.Files.isDirectory(shm) || !java.nio.file.Files.isWritable(shm)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(java.nio.file.Files.createTempDirectory(shm, "ramp-bench"));
    }

    /** The batch's files written out on the host, as the archive copy would give them to the container. */
    private static void lay(StageGrader.Plan plan, Path target) throws IOException {
        java.nio.file.Files.createDirectories(target);
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        plan.inputs().toPlan(JobRunner.INPUT_BOUNDS).writeTo(tar);
        TarExtractor.extract(new java.io.ByteArrayInputStream(tar.toByteArray()), target, JobRunner.INPUT_BOUNDS);
        java.nio.file.Files.createDirectories(target.resolve("ramp/in"));
    }

    /**
     * Bash loops over a batch's jobs: each job's command in its folder, its dependency respected. The
     * steps' folders are made at once, and the sealed and pinned paths are links to them, so that the
     * graders' commands find their files where the runner would have put them.
     */
    static final class PlainLoop {
        private PlainLoop() {
        }

        static String script(org.ramp.sandbox.JobBatch batch, int shards) {
            StringBuilder script = new StringBuilder("set -e\nmkdir -p " + Job.SEALED + " " + Job.PINNED);
            for (Job job : batch.jobs()) {
                script.append(' ').append(Shell.quote(Job.folder(job.id())));
            }
            script.append("\nln -s " + Job.STEPS + "/* " + Job.SEALED + "/\nln -s " + Job.STEPS + "/* " + Job.PINNED
                    + "/\nset +e\ndeclare -A done\n");
            for (Job job : batch.firstJobs()) {
                script.append(line(job));
            }
            int shard = 0;
            for (List<Job> jobs : batch.shards(shards)) {
                script.append("shard").append(shard).append("() {\n");
                jobs.forEach(job -> script.append("  ").append(line(job)));
                script.append("}\n");
                shard++;
            }
            for (int i = 0; i < shard; i++) {
                script.append("shard").append(i).append(" &\n");
            }
            return script.append("wait\n").toString();
        }

        private static String line(Job job) {
            String run = "(cd " + Shell.quote(job.workdir().orElse(Job.folder(job.id()))) + " && exec timeout "
                    + job.timeoutSeconds() + " bash -c " + Shell.quote(job.command()) + ") < "
                    + job.stdin().orElse("/dev/null") + " > /dev/null 2>&1 3>/dev/null; done["
                    + Shell.quote(job.id()) + "]=$?";
            return job.after().map(after -> "if [ \"${done[" + Shell.quote(after) + "]}\" = 0 ]; then " + run
                    + "; fi\n").orElse(run + "\n");
        }
    }
}
