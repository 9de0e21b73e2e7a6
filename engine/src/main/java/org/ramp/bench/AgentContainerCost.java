package org.ramp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramp.gateway.Gateway;
import org.ramp.golden.GoldenSet;
import org.ramp.sandbox.AgentContainer;
import org.ramp.sandbox.AgentWorkspace;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.ExecResult;
import org.ramp.sandbox.Mount;
import org.ramp.sandbox.SharedDirs;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;
import org.ramp.workspace.WorkspaceTemplate;

/**
 * What the agent's container costs a stage whose agent uses it. The container is started as the engine
 * starts it (hardened profile, the gateway relay as its main process, the starting workspace with every
 * public case streamed into its memory volume) and timed to its first command ({@code true}); then its end
 * is timed: {@link AgentContainer#end} (pause, count processes, copy the workspace back into place) and
 * {@link AgentContainer#close} (removal). No warm-up: each sample is one stage's container.
 */
public final class AgentContainerCost {
    private static final String GATEWAY_DIR = "/ramp/gateway";

    private final DockerEngine docker;
    private final String image;
    private final Workload workload;
    private final GoldenSet golden;
    private final Progress progress;

    public AgentContainerCost(DockerEngine docker, String image, Workload workload, GoldenSet golden,
            Progress progress) {
        this.docker = docker;
        this.image = image;
        this.workload = workload;
        this.golden = golden;
        this.progress = progress;
    }

    /** One stage's container: seconds from creation to its first command's end, and of its end. */
    public record Sample(double startSeconds, double endSeconds) {
    }

    public record Result(int cases, long bytes, int entries, List<Sample> samples) {
        public double startSeconds() {
            return median(samples.stream().mapToDouble(Sample::startSeconds).toArray());
        }

        public double endSeconds() {
            return median(samples.stream().mapToDouble(Sample::endSeconds).toArray());
        }

        public String render() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "agent container, starting workspace of %d cases (%d bytes in files, %d entries)%n", cases, bytes,
                    entries));
            for (int i = 0; i < samples.size(); i++) {
                out.append(String.format(Locale.ROOT, "  run %d: start to first command %.3f s, end %.3f s%n", i + 1,
                        samples.get(i).startSeconds(), samples.get(i).endSeconds()));
            }
            out.append(String.format(Locale.ROOT, "median: start to first command %.3f s, end (pause, copy back,"
                    + " removal) %.3f s%n", startSeconds(), endSeconds()));
            return out.toString();
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    public Result measure(int repeat, long quota) throws IOException {
        Path work = FileTrees.temporaryFolder("ramp-bench-agent");
        try {
            Path workspace = work.resolve("workspace");
            var cases = workload.programs(Visibility.PUBLIC);
            new WorkspaceTemplate(workload, golden).create(workspace, cases);
            long[] size = measureTree(workspace);
            Path gateway = relayFolder(work.resolve("gateway"));
            AgentWorkspace agentWorkspace = new AgentWorkspace(workspace, quota);
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                samples.add(once(agentWorkspace, gateway));
                progress.line(String.format(Locale.ROOT, "run %d of %d: start %.3f s, end %.3f s", i + 1, repeat,
                        samples.get(i).startSeconds(), samples.get(i).endSeconds()));
            }
            return new Result(cases.size(), size[0], (int) size[1], samples);
        } finally {
            FileTrees.delete(work);
        }
    }

    private Sample once(AgentWorkspace workspace, Path gateway) {
        long t0 = System.nanoTime();
        ContainerProfile profile = ContainerProfile.agent(image, Map.of(DockerEngine.LABEL, "bench"),
                workspace.volumeBytes());
        List<String> command = List.of("bash", "-c", "python3 " + GATEWAY_DIR + "/relay.py --socket " + GATEWAY_DIR
                + "/gateway.sock --port 8089 & exec sleep infinity");
        AgentContainer container = AgentContainer.start(docker, profile, List.of(Mount.readOnly(gateway, GATEWAY_DIR)),
                command, List.of("HOME=" + AgentContainer.HOME), workspace, workspace.plan());
        long t1;
        AgentContainer.Ending ending;
        try {
            ExecResult first = container.run("true", List.of(), 30, 1000);
            t1 = System.nanoTime();
            if (first.exitCode() != 0) {
                throw new IllegalStateException("the first command in the agent's container exited " + first.exitCode());
            }
            ending = container.end(workspace);
        } finally {
            container.close();
        }
        long t2 = System.nanoTime();
        if (ending.copy() == null || !ending.copy().kept()) {
            throw new IllegalStateException("the workspace was not copied back: " + ending.summary());
        }
        return new Sample((t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** The relay the engine's agent containers run, alone (no gateway behind it: the benchmark calls no model). */
    private static Path relayFolder(Path folder) throws IOException {
        SharedDirs.create(folder);
        try (InputStream script = Gateway.class.getResourceAsStream("relay.py")) {
            if (script == null) {
                throw new IllegalStateException("relay.py is missing from the engine's resources");
            }
            Files.write(folder.resolve("relay.py"), script.readAllBytes());
        }
        return folder;
    }

    /** Bytes of the regular files and number of entries (the root not counted). */
    private static long[] measureTree(Path root) throws IOException {
        long[] size = new long[2];
        try (var paths = Files.walk(root)) {
            paths.skip(1).forEach(path -> {
                size[1]++;
                if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        size[0] += Files.size(path);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        return size;
    }
}
