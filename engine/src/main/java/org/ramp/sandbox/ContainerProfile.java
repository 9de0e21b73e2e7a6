package org.ramp.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The limits every container of one kind gets: image, unprivileged user, memory, CPU, pids and
 * network. Grade and reference containers have no network.
 */
public record ContainerProfile(String image, String user, long memoryBytes, double cpus, long pidsLimit,
        String network, Map<String, String> labels) {
    /** The toolchain image's unprivileged user: agents work as it. */
    public static final String TOOLCHAIN_USER = "1000:1000";

    public ContainerProfile {
        labels = Map.copyOf(labels);
    }

    /** The grade container's own user: its job runner is trusted, the jobs it starts run unprivileged. */
    public static final String RUNNER_USER = "0:0";

    /**
     * For job batches: no network, 4 GiB, two CPUs, 2048 processes; the runner runs as root and drops
     * every job to an unprivileged uid (see runner.sh).
     */
    public static ContainerProfile offline(String image, String purpose) {
        return new ContainerProfile(image, RUNNER_USER, 4L << 30, 2.0, 2048, "none",
                Map.of(DockerEngine.LABEL, purpose));
    }

    /** The same profile with one more label, e.g. the run a container belongs to. */
    public ContainerProfile withLabel(String key, String value) {
        Map<String, String> more = new java.util.HashMap<>(labels);
        more.put(key, value);
        return new ContainerProfile(image, user, memoryBytes, cpus, pidsLimit, network, more);
    }

    public ContainerSpec spec(List<String> command, List<Mount> mounts, Duration timeout) {
        return new ContainerSpec(image, command, mounts, user, memoryBytes, cpus, pidsLimit, network, labels,
                timeout);
    }
}
