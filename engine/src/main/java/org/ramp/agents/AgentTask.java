package org.ramp.agents;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;
import org.ramp.sandbox.Workbench;
import org.ramp.util.Progress;

/**
 * One stage's work as an agent receives it.
 *
 * @param prompt       the stage's instructions (its TASK.md) and what the agent should know about the run
 * @param container    the stage's agent container, started on first use (the noop agent never starts it)
 * @param model        where and how to reach the model: the gateway, never the endpoint itself
 * @param deadline     when the stage's time is up
 * @param maxTurns     the most model calls the agent may make in this stage
 * @param records      the run's folder for what an agent keeps for people (an agent program's output);
 *                     null when nothing is kept (tests)
 */
public record AgentTask(String stageId, String prompt, Supplier<Workbench> container, ModelAccess model,
        Instant deadline, int maxTurns, Progress progress, Path records) {

    /** A task whose agent keeps no records. */
    public AgentTask(String stageId, String prompt, Supplier<Workbench> container, ModelAccess model,
            Instant deadline, int maxTurns, Progress progress) {
        this(stageId, prompt, container, model, deadline, maxTurns, progress, null);
    }

    /** The gateway as an agent sees it: an OpenAI-compatible base URL, a per-run token and the model name. */
    public record ModelAccess(String baseUrl, String token, String model) {
        @Override
        public String toString() {
            return "ModelAccess[" + baseUrl + ", " + model + "]";
        }
    }
}
