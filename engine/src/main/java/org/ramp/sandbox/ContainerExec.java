package org.ramp.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ramp.util.Shell;

/** {@code docker exec}: a command in a running container, bounded in time and output. */
final class ContainerExec {
    private ContainerExec() {
    }

    /**
     * Runs a command in a running container as {@code user}, with a time limit enforced inside the
     * container (there is no way to kill an exec from outside), keeping at most {@code maxBytes} of
     * stdout and of stderr. The command is the first process the kernel kills when the container runs out
     * of memory, before any of the container's own.
     */
    static ExecResult run(DockerEngine docker, String id, String command, String user, String workdir, List<String> env,
            int timeoutSeconds, int maxBytes) {
        BoundedOutput out = new BoundedOutput(maxBytes);
        BoundedOutput err = new BoundedOutput(maxBytes);
        ExecResult result = run(docker, id, command, user, workdir, env, timeoutSeconds, out::add, err::add);
        return new ExecResult(result.exitCode(), result.timedOut(), out.bytes(), err.bytes(),
                out.truncated() || err.truncated(), result.seconds());
    }

    /**
     * As {@link #run(DockerEngine, String, String, String, String, List, int, int)}, handing stdout and
     * stderr to the consumers as they arrive (which bound what they keep: an agent program's logs); the
     * result holds no output.
     */
    static ExecResult run(DockerEngine docker, String id, String command, String user, String workdir, List<String> env,
            int timeoutSeconds, Consumer<byte[]> stdout, Consumer<byte[]> stderr) {
        long started = System.nanoTime();
        String bounded = "echo 1000 > /proc/self/oom_score_adj; exec timeout -k 5 " + timeoutSeconds + " bash -c "
                + Shell.quote(command);
        try {
            String execId = docker.client().execCreateCmd(id)
                    .withCmd("bash", "-c", bounded)
                    .withUser(user)
                    .withWorkingDir(workdir)
                    .withEnv(env)
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .exec().getId();
            boolean finished = docker.client().execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).accept(frame.getPayload());
                }
            }).awaitCompletion(timeoutSeconds + 30L, TimeUnit.SECONDS);
            Long exit = docker.client().inspectExecCmd(execId).exec().getExitCodeLong();
            int code = exit == null ? -1 : exit.intValue();
            double seconds = (System.nanoTime() - started) / 1e9;
            // 137 after the time limit: timeout's own SIGKILL, 5 s after its SIGTERM went unheeded
            boolean timedOut = code == 124 || !finished || (code == 137 && seconds >= timeoutSeconds);
            return new ExecResult(code, timedOut, new byte[0], new byte[0], false, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while running a command in container " + DockerEngine.shortId(id), e);
        } catch (NotFoundException e) {
            throw new SandboxException("container " + DockerEngine.shortId(id) + " is gone (killed or crashed)", e);
        } catch (RuntimeException e) {
            throw new SandboxException("cannot run a command in container " + DockerEngine.shortId(id) + ": " + DockerEngine.rootMessage(e), e);
        }
    }

    /**
     * Kills every process of {@code user} in the container, as that user (kill(-1) spares only the caller):
     * one program, no shell, so that it needs a single free process slot.
     */
    static void killAll(DockerEngine docker, String id, String user) {
        try {
            String execId = docker.client().execCreateCmd(id).withCmd("kill", "-s", "KILL", "--", "-1").withUser(user)
                    .exec().getId();
            docker.client().execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>()).awaitCompletion(10,
                    TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // no slot for it this time: the caller tries again
        }
    }
}
