package org.ramp.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The limits every container of one kind gets: image, user, memory, CPU, pids, network and hardening.
 * Grade and reference containers have no network.
 */
public record ContainerProfile(String image, String user, long memoryBytes, double cpus, long pidsLimit,
        String network, Map<String, String> labels, ContainerSpec.Hardening hardening) {
    /** The toolchain image's unprivileged user: agents work as it. Its group (1000) may run the toolchain. */
    public static final String TOOLCHAIN_USER = "1000:1000";
    /** The image's group whose members alone may execute the reference toolchain (tasks/toolchain). */
    public static final int TOOLCHAIN_GROUP = 1000;
    /** The grade container's own user: its job runner is trusted, the jobs it starts run unprivileged. */
    public static final String RUNNER_USER = "0:0";
    /** What the runner needs of root's capabilities: run steps as other users, hand them files, seal outputs. */
    private static final List<String> RUNNER_CAPABILITIES = List.of("CHOWN", "DAC_OVERRIDE", "FOWNER", "KILL",
            "SETUID", "SETGID");
    /**
     * Job batches: no new privileges, only the runner's capabilities; the steps' own folders on a noexec
     * tmpfs; the project tree and the cases' inputs in memory too (the runner unpacks them there: much
     * faster than the container runtime's extraction onto the container's disk, and gone with it).
     */
    public static final ContainerSpec.Hardening BATCH = new ContainerSpec.Hardening(true, RUNNER_CAPABILITIES,
            Map.of(Job.STEPS, "rw,noexec,nosuid,nodev,size=2g,mode=0711",
                    BatchInputs.WORK, "rw,exec,nosuid,nodev,size=3g,mode=0755",
                    BatchInputs.INPUTS, "rw,noexec,nosuid,nodev,size=1g,mode=0711"));
    /** The same, but with the project tree and the inputs where the caller mounts them. */
    public static final ContainerSpec.Hardening BATCH_ON_MOUNTS = new ContainerSpec.Hardening(true,
            RUNNER_CAPABILITIES, Map.of(Job.STEPS, "rw,noexec,nosuid,nodev,size=2g,mode=0711"));

    public ContainerProfile {
        labels = Map.copyOf(labels);
    }

    /** A profile with Docker's default privileges (the agent's container). */
    public ContainerProfile(String image, String user, long memoryBytes, double cpus, long pidsLimit, String network,
            Map<String, String> labels) {
        this(image, user, memoryBytes, cpus, pidsLimit, network, labels, ContainerSpec.Hardening.NONE);
    }

    /**
     * For job batches: no network, 4 GiB, two CPUs, 2048 processes; the runner runs as root and drops
     * every job to its own unprivileged uid (see runner.py).
     */
    public static ContainerProfile offline(String image, String purpose) {
        return new ContainerProfile(image, RUNNER_USER, 4L << 30, 2.0, 2048, "none",
                Map.of(DockerEngine.LABEL, purpose), BATCH);
    }

    /**
     * The agent's container: no new privileges (setuid programs such as su, mount and passwd gain
     * nothing), no capability at all, the image's file system read-only, /tmp and HOME on tmpfs of 512 MiB
     * each without setuid or devices. Its own processes run as root without capabilities, which the
     * agent's user cannot signal. Its processes have 4 GiB whatever its workspace holds: the workspace's
     * memory volume ({@code workspaceBytes}) comes on top, and /tmp and HOME count within the 4 GiB.
     */
    public static ContainerProfile agent(String image, Map<String, String> labels, long workspaceBytes) {
        return new ContainerProfile(image, RUNNER_USER, AGENT_MEMORY + workspaceBytes, 2.0, AGENT_PIDS, "none",
                labels, AGENT);
    }

    /** The agent's processes' memory. */
    public static final long AGENT_MEMORY = 4L << 30;
    /** The most processes an agent's container holds, its own three included. */
    public static final long AGENT_PIDS = 1024;
    private static final ContainerSpec.Hardening AGENT = new ContainerSpec.Hardening(true, List.of(), Map.of(
            "/tmp", "rw,exec,nosuid,nodev,size=512m,mode=1777",
            AgentContainer.HOME, "rw,exec,nosuid,nodev,size=512m,uid=1000,gid=1000,mode=0700"), true);

    /** The same profile with one more label, e.g. the run a container belongs to. */
    public ContainerProfile withLabel(String key, String value) {
        Map<String, String> more = new java.util.HashMap<>(labels);
        more.put(key, value);
        return new ContainerProfile(image, user, memoryBytes, cpus, pidsLimit, network, more, hardening);
    }

    public ContainerProfile withHardening(ContainerSpec.Hardening other) {
        return new ContainerProfile(image, user, memoryBytes, cpus, pidsLimit, network, labels, other);
    }

    public ContainerSpec spec(List<String> command, List<Mount> mounts, Duration timeout) {
        return new ContainerSpec(image, command, mounts, user, memoryBytes, cpus, pidsLimit, network, labels,
                timeout, hardening);
    }
}
