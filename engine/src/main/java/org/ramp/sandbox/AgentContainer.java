package org.ramp.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.ramp.archive.TarPlan;
import org.ramp.util.Shell;

/**
 * The container an agent works in for one stage: its workspace a bounded memory volume at {@value
 * #WORKSPACE} (see {@link AgentWorkspace}), no network but its own loopback (the gateway is reached
 * through a relay on it), a read-only image with a bounded /tmp and HOME (see {@link
 * ContainerProfile#agent}). The container's own processes (init, the relay, what keeps it alive) run as
 * root with every capability dropped; the agent's commands run through {@code docker exec} as the image's
 * unprivileged user, who can signal none of them, so that a container that stops was stopped from
 * outside. The container is removed on close.
 */
public final class AgentContainer implements Workbench, AutoCloseable {
    public static final String WORKSPACE = AgentWorkspace.PATH;
    /** The agent's HOME, a tmpfs that starts empty. */
    public static final String HOME = "/home/ramp";
    /** Who the agent's commands run as. */
    public static final String AGENT_USER = ContainerProfile.TOOLCHAIN_USER;

    private static final int FREEZE_ATTEMPTS = 5;
    /** How many times (100 ms apart) a killed command's container is looked at again. */
    private static final int SETTLE_LOOKS = 20;

    private final DockerEngine docker;
    private final String id;
    private final List<String> env;
    private final long pidsLimit;
    private final List<String> incidents = new ArrayList<>();

    private AgentContainer(DockerEngine docker, String id, List<String> env, long pidsLimit) {
        this.docker = docker;
        this.id = id;
        this.env = List.copyOf(env);
        this.pidsLimit = pidsLimit;
    }

    /**
     * Starts the container and fills its workspace; its main process is {@code init} (PID 1) running
     * {@code command} as the profile's user, which keeps it alive (e.g. the gateway relay, then sleep).
     *
     * @param plan what the workspace is filled with ({@link AgentWorkspace#plan()})
     * @param env  "NAME=value" entries every command sees (the gateway address and the per-run token)
     */
    public static AgentContainer start(DockerEngine docker, ContainerProfile profile, List<Mount> mounts,
            List<String> command, List<String> env, AgentWorkspace workspace, TarPlan plan) {
        List<Mount> all = new ArrayList<>(mounts);
        all.add(workspace.mount());
        String id = docker.start(profile.spec(command, all, Duration.ZERO));
        try {
            workspace.copyIn(docker, id, plan);
        } catch (RuntimeException e) {
            docker.remove(id);
            throw e;
        }
        return new AgentContainer(docker, id, env, profile.pidsLimit());
    }

    public String id() {
        return id;
    }

    public boolean isRunning() {
        return docker.isRunning(id);
    }

    /**
     * Runs a command as the agent's user. A command that cannot start while the container runs (its
     * processes or memory used up from inside) is the agent's: an error result, noted among the
     * incidents. A container that stopped is not: {@link SandboxException}.
     */
    @Override
    public ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, int maxBytes) {
        BoundedOutput out = new BoundedOutput(maxBytes);
        BoundedOutput err = new BoundedOutput(maxBytes);
        ExecResult result = run(command, extraEnv, timeoutSeconds, out::add, err::add);
        return new ExecResult(result.exitCode(), result.timedOut(), out.bytes(), err.bytes(),
                out.truncated() || err.truncated(), result.seconds());
    }

    /** As {@link #run(String, List, int, int)}, its output handed over as it comes (an agent program's). */
    @Override
    public ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, Consumer<byte[]> stdout,
            Consumer<byte[]> stderr) {
        List<String> all = new ArrayList<>(env);
        all.addAll(extraEnv);
        ExecResult result;
        try {
            result = ContainerExec.run(docker, id, command, AGENT_USER, WORKSPACE, all, timeoutSeconds, stdout, stderr);
        } catch (SandboxException e) {
            ContainerState state = ContainerState.of(docker, id);
            if (!state.running()) {
                throw new SandboxException("the agent's container stopped (" + state.describe() + ")", e);
            }
            String note = "a command could not start in the agent's container, which kept running ("
                    + state.describe() + "): " + e.getMessage();
            incidents.add(note);
            stderr.accept(("ramp: the command could not start: " + e.getMessage() + "; the container's " + pidsLimit
                    + " processes or its memory may be used up by processes left running\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new ExecResult(126, false, new byte[0], new byte[0], false, 0);
        }
        if (new String(result.stderr(), StandardCharsets.UTF_8).contains("fork: Resource temporarily unavailable")) {
            incidents.add("a command could not fork: the container's " + pidsLimit + " processes were in use");
        }
        if (result.exitCode() == 137 || result.exitCode() < 0) {
            // the command was killed: by the agent itself, by the kernel for memory, or with its container
            ContainerState state = settledState();
            if (!state.running()) {
                throw new SandboxException("the agent's container stopped while a command ran (" + state.describe()
                        + ")");
            }
        }
        return result;
    }

    /**
     * The container's state once the runtime has caught up: a container killed from outside takes its
     * commands down before Docker says it stopped, so a killed command's container is looked at again for
     * a moment before it is taken to be running.
     */
    private ContainerState settledState() {
        ContainerState state = ContainerState.of(docker, id);
        for (int look = 0; look < SETTLE_LOOKS && state.running(); look++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            state = ContainerState.of(docker, id);
        }
        return state;
    }

    /**
     * Writes a file as the container's user, creating its folder. The content travels base64-encoded in
     * pieces small enough for a command line, so that no stdin attach is needed.
     */
    @Override
    public ExecResult writeFile(String path, byte[] content) {
        String target = Shell.quote(path);
        ExecResult result = run("mkdir -p \"$(dirname " + target + ")\" && : > " + target, 30, 4096);
        String encoded = Base64.getEncoder().encodeToString(content);
        int piece = 64 * 1024;
        for (int i = 0; i < encoded.length() && result.exitCode() == 0; i += piece) {
            String chunk = encoded.substring(i, Math.min(encoded.length(), i + piece));
            result = run("printf %s " + Shell.quote(chunk) + " | base64 -d >> " + target, 30, 4096);
        }
        return result;
    }

    /**
     * How the agent phase ended for the container.
     *
     * @param state         what the runtime said when the phase ended
     * @param processesLeft the agent's processes still running then (stopped with the container)
     * @param incidents     commands that could not start while the container ran
     * @param copy          what came back of the workspace; null when the container had stopped
     */
    public record Ending(ContainerState state, int processesLeft, long pidsLimit, List<String> incidents,
            AgentWorkspace.CopyBack copy) {
        public Ending {
            incidents = List.copyOf(incidents);
        }

        /** The container stopped before the end of the phase: its workspace is lost. */
        public boolean stoppedEarly() {
            return copy == null;
        }

        /**
         * The agent's processes were at the container's limit (a fork bomb, or processes left to pile up): nine
         * tenths of it, since a fork bomb's processes come and go.
         */
        public boolean processesAtLimit() {
            return processesLeft >= pidsLimit * 9 / 10;
        }

        /** What the harness is to blame for: a container stopped before the end (the agent cannot stop it). */
        public List<String> infrastructure() {
            if (!stoppedEarly()) {
                return List.of();
            }
            return List.of("the agent's container stopped before the end of the agent phase (" + state.describe()
                    + "); the agent's user can signal none of the container's own processes, so it was stopped from"
                    + " outside (docker kill or rm, the Docker engine, the kernel); the stage's changes to the"
                    + " workspace are lost");
        }

        /** What the agent is to blame for: what it did to its own processes, what its workspace held. */
        public List<String> tooling() {
            List<String> facts = new ArrayList<>(incidents);
            if (stoppedEarly()) {
                return facts;
            }
            if (processesAtLimit()) {
                facts.add("the agent's processes filled the container's limit: " + processesLeft + " of " + pidsLimit
                        + " were running at the end of the agent phase");
            }
            if (copy.overBound() != null) {
                // nothing was kept: what else the copy would have left out does not matter
                facts.add(copy.overBound());
                return facts;
            }
            copy.refused().stream().limit(10).forEach(refused -> facts.add("the workspace's copy left out " + refused));
            return facts;
        }

        public java.util.Optional<String> overBound() {
            return stoppedEarly() ? java.util.Optional.empty() : java.util.Optional.ofNullable(copy.overBound());
        }

        /** One line for a person following the run. */
        public String summary() {
            if (stoppedEarly()) {
                return "the agent's container had stopped: " + state.describe();
            }
            String left = processesLeft > 0 ? "; " + processesLeft + " processes left running were stopped" : "";
            if (copy.overBound() != null) {
                return copy.overBound() + left;
            }
            return "workspace copied back: " + copy.files() + " files, " + AgentWorkspace.size(copy.bytes())
                    + (copy.refused().isEmpty() ? "" : ", " + copy.refused().size() + " entries left out") + left;
        }
    }

    /**
     * Ends the agent phase: when the container still runs, it is paused (no process of the agent changes
     * anything from then on), its processes are counted and its workspace is copied back; see {@link
     * AgentWorkspace#copyOut}. The container is left for {@link #close()} to remove.
     */
    public Ending end(AgentWorkspace workspace) {
        ContainerState state = ContainerState.of(docker, id);
        int left = state.running() ? agentProcesses() : 0;
        if (state.running() && !freeze()) {
            state = ContainerState.of(docker, id);
        }
        if (!state.running()) {
            return new Ending(state, 0, pidsLimit, incidents, null);
        }
        return new Ending(state, left, pidsLimit, incidents, workspace.copyOut(docker, id));
    }

    /**
     * Pauses the container. The freezer can fail while processes fork without pause (a fork bomb): then the
     * agent's processes are killed and the pause tried again. False when the container stopped meanwhile.
     */
    private boolean freeze() {
        RuntimeException failure = null;
        for (int attempt = 0; attempt < FREEZE_ATTEMPTS; attempt++) {
            try {
                docker.client().pauseContainerCmd(id).exec();
                if (attempt > 0) {
                    incidents.add("the container could be paused only after the agent's processes were killed ("
                            + attempt + " times): they were forking without pause (" + DockerEngine.rootMessage(failure)
                            + ")");
                }
                return true;
            } catch (RuntimeException e) {
                failure = e;
                if (!ContainerState.of(docker, id).running()) {
                    return false;
                }
                ContainerExec.killAll(docker, id, AGENT_USER);
            }
        }
        throw new SandboxException("cannot pause the agent's container " + DockerEngine.shortId(id) + ", even after"
                + " killing its processes: " + DockerEngine.rootMessage(failure), failure);
    }

    /** The processes of the container that are not its own (the agent's run as another user than root). */
    private int agentProcesses() {
        try {
            var top = docker.client().topContainerCmd(id).withPsArgs("-eo uid,pid").exec();
            int uid = java.util.Arrays.asList(top.getTitles()).indexOf("UID");
            int count = 0;
            for (String[] process : top.getProcesses()) {
                if (uid >= 0 && uid < process.length && !process[uid].strip().equals("0")) {
                    count++;
                }
            }
            return count;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        docker.remove(id);
    }
}
