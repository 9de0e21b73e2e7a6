package org.ramp.agents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ramp.gateway.Secret;
import org.ramp.sandbox.Workbench;
import org.ramp.sandbox.ExecResult;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Shell;

/**
 * Any agent program present in the image (a coding-agent CLI, a script), started in the workspace with
 * the stage's prompt. It reaches the model through the gateway by the usual environment variables
 * (OPENAI_BASE_URL, OPENAI_API_KEY holding the per-run token, OPENAI_MODEL), which the agent container
 * carries; the prompt is in the file named by RAMP_PROMPT_FILE, and {@code {prompt_file}} in the command
 * line is replaced by that path.
 */
public final class CommandAgent implements Agent {
    /** Outside the workspace, so that the prompt is not mistaken for part of the project. */
    static final String PROMPT_FILE = "/tmp/ramp/PROMPT.md";

    private final String commandLine;

    public CommandAgent(String commandLine) {
        if (commandLine == null || commandLine.isBlank()) {
            throw new IllegalArgumentException("the command agent needs a command line (--agent-command)");
        }
        this.commandLine = commandLine;
    }

    @Override
    public String kind() {
        return "command";
    }

    @Override
    public AgentOutcome work(AgentTask task) {
        long started = System.nanoTime();
        long seconds = Math.max(1, Duration.between(Instant.now(), task.deadline()).toSeconds());
        try {
            Workbench container = task.container().get();
            ExecResult written = container.writeFile(PROMPT_FILE, task.prompt());
            if (written.exitCode() != 0) {
                throw new SandboxException("cannot write the prompt into the container: " + written.stderrText());
            }
            String command = commandLine.replace("{prompt_file}", Shell.quote(PROMPT_FILE));
            task.progress().line(Secret.scrub(task.stageId() + " running the agent program: " + command));
            ExecResult result = container.run(command, List.of("RAMP_PROMPT_FILE=" + PROMPT_FILE,
                    "RAMP_STAGE=" + task.stageId()), (int) Math.min(Integer.MAX_VALUE, seconds), 1 << 20);
            String stop = result.timedOut() ? StopReason.TIMEOUT : StopReason.exited(result.exitCode());
            return new AgentOutcome(stop, 0, 0, 0, (System.nanoTime() - started) / 1e9);
        } catch (SandboxException e) {
            task.progress().line(Secret.scrub(task.stageId() + " the agent's container failed: " + e.getMessage()));
            return new AgentOutcome(StopReason.CRASHED, 0, 0, 0, (System.nanoTime() - started) / 1e9);
        }
    }
}
