package org.ramp.agents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.ramp.gateway.Secret;
import org.ramp.results.ProgramOutput;
import org.ramp.sandbox.ExecResult;
import org.ramp.sandbox.SandboxException;
import org.ramp.sandbox.Workbench;
import org.ramp.util.Shell;

/**
 * Any agent program present in the agent's image (a coding-agent CLI, a script), started in the
 * workspace with the stage's prompt. It reaches the model through the gateway by the usual environment
 * variables (OPENAI_BASE_URL, OPENAI_API_KEY holding the per-run token, OPENAI_MODEL), which the agent
 * container carries; the prompt is in the file named by RAMP_PROMPT_FILE, and {@code {prompt_file}} in
 * the command line is replaced by that path. What the program prints is kept per stage in the run's
 * {@code agent/} folder ({@code T0.out}, {@code T0.err}), bounded, as it comes.
 */
public final class CommandAgent implements Agent {
    /** Outside the workspace, so that the prompt is not mistaken for part of the project. */
    static final String PROMPT_FILE = "/tmp/ramp/PROMPT.md";
    /** Of each stream, the beginning and the end are kept; a CLI's last words say most. */
    static final long HEAD_BYTES = 4L << 20;
    static final int TAIL_BYTES = 1 << 20;
    private static final int TAIL_LINES = 40;
    private static final int TAIL_CHARS = 4000;

    private final String name;
    private final String commandLine;

    /**
     * @param name what results call the agent: "command", or the recipe's name (whose image carries the
     *             program's own environment)
     */
    public CommandAgent(String name, String commandLine) {
        if (commandLine == null || commandLine.isBlank()) {
            throw new IllegalArgumentException("the command agent needs a command line (--agent-command)");
        }
        this.name = name;
        this.commandLine = commandLine;
    }

    @Override
    public String kind() {
        return name;
    }

    @Override
    public AgentOutcome work(AgentTask task) {
        long started = System.nanoTime();
        long seconds = Math.max(1, Duration.between(Instant.now(), task.deadline()).toSeconds());
        Logs logs = null;
        try {
            logs = Logs.open(task.records(), task.stageId());
            Workbench container = task.container().get();
            ExecResult written = container.writeFile(PROMPT_FILE, task.prompt());
            if (written.exitCode() != 0) {
                throw new SandboxException("cannot write the prompt into the container: " + written.stderrText());
            }
            String command = commandLine.replace("{prompt_file}", Shell.quote(PROMPT_FILE));
            task.progress().line(Secret.scrub(task.stageId() + " running the agent program: " + command + " (output in "
                    + logs.stdoutName + " and " + logs.stderrName + ")"));
            List<String> env = List.of("RAMP_PROMPT_FILE=" + PROMPT_FILE, "RAMP_STAGE=" + task.stageId());
            ExecResult result = container.run(command, env, (int) Math.min(Integer.MAX_VALUE, seconds),
                    logs.stdout, logs.stderr);
            ProgramOutput output = logs.close();
            String stop = result.timedOut() ? StopReason.TIMEOUT : StopReason.exited(result.exitCode());
            String cannotStart = result.timedOut() ? null : ProgramStart.cannotStart(result.exitCode(),
                    output.stderrTail());
            if (cannotStart != null) {
                task.progress().line(Secret.scrub(task.stageId() + " the agent program could not start: " + cannotStart));
            }
            return new AgentOutcome(stop, 0, 0, 0, (System.nanoTime() - started) / 1e9, cannotStart, output);
        } catch (SandboxException e) {
            task.progress().line(Secret.scrub(task.stageId() + " the agent's container failed: " + e.getMessage()));
            return new AgentOutcome(StopReason.CRASHED, 0, 0, 0, (System.nanoTime() - started) / 1e9, null,
                    logs == null ? null : logs.close());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the agent program's output in " + task.records(), e);
        }
    }

    /** The stage's two logs, in the run's records folder. */
    private static final class Logs {
        final String stdoutName;
        final String stderrName;
        final Consumer<byte[]> stdout;
        final Consumer<byte[]> stderr;
        private final BoundedLog out;
        private final BoundedLog err;
        private ProgramOutput closed;

        private Logs(String stdoutName, String stderrName, BoundedLog out, BoundedLog err) {
            this.stdoutName = stdoutName;
            this.stderrName = stderrName;
            this.out = out;
            this.err = err;
            this.stdout = out;
            this.stderr = err;
        }

        static Logs open(Path records, String stageId) throws IOException {
            Objects.requireNonNull(records, "the command agent keeps its program's output in the run's agent folder");
            Files.createDirectories(records);
            String outName = stageId + ".out";
            String errName = stageId + ".err";
            String folder = records.getFileName() + "/";
            return new Logs(folder + outName, folder + errName,
                    new BoundedLog(records.resolve(outName), HEAD_BYTES, TAIL_BYTES),
                    new BoundedLog(records.resolve(errName), HEAD_BYTES, TAIL_BYTES));
        }

        ProgramOutput close() {
            if (closed == null) {
                out.close();
                err.close();
                closed = new ProgramOutput(stdoutName, out.total(), stderrName, err.total(),
                        out.truncated() || err.truncated(), Secret.scrub(out.tail(TAIL_LINES, TAIL_CHARS)),
                        Secret.scrub(err.tail(TAIL_LINES, TAIL_CHARS)));
            }
            return closed;
        }
    }
}
