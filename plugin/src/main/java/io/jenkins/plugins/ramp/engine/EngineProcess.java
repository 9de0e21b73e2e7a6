package io.jenkins.plugins.ramp.engine;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.TaskListener;
import io.jenkins.plugins.ramp.credentials.SecretMaskingStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine as its own process on the node that holds the workspace, started through that node's
 * {@link Launcher}: the build's environment, RAMP_HOME, and the API key only in {@link EngineCommandLine#API_KEY_ENV};
 * its output streams to the build's console as it comes, with the key masked. When the build is aborted, the waiting
 * thread is interrupted and Jenkins kills the process (SIGTERM first: the engine removes its containers).
 */
public final class EngineProcess {
    private final Launcher launcher;
    private final TaskListener listener;
    private final FilePath workspace;
    private final EnvVars environment;
    private final String java;
    private final FilePath home;
    private final String secret;

    public EngineProcess(Launcher launcher, TaskListener listener, FilePath workspace, EnvVars environment,
            String java, FilePath home, String secret) {
        this.launcher = launcher;
        this.listener = listener;
        this.workspace = workspace;
        this.environment = environment;
        this.java = java;
        this.home = home;
        this.secret = secret;
    }

    /** Runs {@code ramp ARGS}; exit 0 returns, anything else fails the step with what the status means. */
    public void run(List<String> args) throws IOException, InterruptedException {
        List<String> command = command(java, home.child("ramp.jar").getRemote(), args);
        Map<String, String> env = environment(environment, home.getRemote(), secret);
        SecretMaskingStream out = new SecretMaskingStream(listener.getLogger(), secret);
        int status;
        try {
            Proc proc = launcher.launch().cmds(command).envs(env).pwd(workspace).stdout(out).start();
            status = proc.join();
        } finally {
            out.flush();
        }
        String failure = ExitStatus.describe(String.join(" ", args.subList(0, Math.min(2, args.size())))
                .replaceAll(" --.*", ""), status);
        if (failure != null) {
            if (ExitStatus.interrupted(status)) {
                throw new InterruptedException(failure);
            }
            throw new AbortException(failure);
        }
    }

    /** The process's command line: the node's java, the engine's jar, the command's arguments (never the key). */
    public static List<String> command(String java, String jar, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(args);
        return command;
    }

    /**
     * The process's environment: the build's, RAMP_HOME, and the key in {@link EngineCommandLine#API_KEY_ENV} when the
     * run has one (a variable of that name from the build is dropped, so that only the credential can set it).
     */
    public static Map<String, String> environment(Map<String, String> build, String home, String secret) {
        Map<String, String> env = new TreeMap<>(build);
        env.put("RAMP_HOME", home);
        env.remove(EngineCommandLine.API_KEY_ENV);
        if (secret != null) {
            env.put(EngineCommandLine.API_KEY_ENV, secret);
        }
        return env;
    }
}
