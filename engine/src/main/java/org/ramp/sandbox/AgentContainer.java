package org.ramp.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.ramp.util.Shell;

/**
 * The container an agent works in for one stage: the workspace mounted at {@value #WORKSPACE}, no
 * network but its own loopback (the gateway is reached through a relay on it), an unprivileged user.
 * Commands run as that user through {@code docker exec}; the container is removed on close.
 */
public final class AgentContainer implements Workbench, AutoCloseable {
    public static final String WORKSPACE = "/workspace";

    private final DockerEngine docker;
    private final String id;
    private final String user;
    private final List<String> env;

    private AgentContainer(DockerEngine docker, String id, String user, List<String> env) {
        this.docker = docker;
        this.id = id;
        this.user = user;
        this.env = List.copyOf(env);
    }

    /**
     * Starts the container; its main process is {@code init} (PID 1) running {@code command}, which
     * keeps it alive (e.g. the gateway relay, then sleep).
     *
     * @param env "NAME=value" entries every command sees (the gateway address and the per-run token)
     */
    public static AgentContainer start(DockerEngine docker, ContainerProfile profile, List<Mount> mounts,
            List<String> command, List<String> env) {
        String id = docker.start(profile.spec(command, mounts, Duration.ZERO));
        return new AgentContainer(docker, id, profile.user(), env);
    }

    public String id() {
        return id;
    }

    public boolean isRunning() {
        return docker.isRunning(id);
    }

    @Override
    public ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, int maxBytes) {
        List<String> all = new ArrayList<>(env);
        all.addAll(extraEnv);
        return docker.exec(id, command, user, WORKSPACE, all, timeoutSeconds, maxBytes);
    }

    @Override
    public ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, Consumer<byte[]> stdout,
            Consumer<byte[]> stderr) {
        List<String> all = new ArrayList<>(env);
        all.addAll(extraEnv);
        return docker.exec(id, command, user, WORKSPACE, all, timeoutSeconds, stdout, stderr);
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

    @Override
    public void close() {
        docker.remove(id);
    }
}
