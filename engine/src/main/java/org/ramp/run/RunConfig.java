package org.ramp.run;

import java.nio.file.Path;
import java.util.List;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.metrics.AeiScales;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/**
 * Everything an assessment run is started with. A run folder keeps all of it but the key in run.json
 * (see {@link RunSettingsCodec}), so that a later process can go on with the run.
 *
 * @param runDir          the run's folder (created when new; a folder with run.json is resumed)
 * @param programs        the test programs graded (all of the workload's unless narrowed for a quick run)
 * @param endpoint        the OpenAI-compatible endpoint's base URL; unused by the noop and replay agents
 * @param apiKey          never written anywhere
 * @param apiKeyEnv       the environment variable the key was read from, which later steps read again
 * @param maxTurnsPerStage the most model calls an agent may make in one stage
 * @param retry           how the gateway retries the endpoint's 429 and 5xx answers
 * @param workspaceQuota  the most bytes the workspace's files may hold (apparent sizes) in the agent phase
 */
public record RunConfig(Workload workload, GoldenSet golden, Path runDir, List<TestProgram> programs, Mode mode,
        AgentSpec agent, String model, String endpoint, Secret apiKey, String apiKeyEnv, PriceTable prices,
        Budgets runBudgets, Budgets stageBudgets, int maxTurnsPerStage, AeiScales scales, RetryPolicy retry,
        long workspaceQuota) {
    /** The workspace's bound when none is given: 2 GiB. */
    public static final long DEFAULT_WORKSPACE_QUOTA = 2L << 30;

    public RunConfig {
        programs = List.copyOf(programs);
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv;
        workspaceQuota = workspaceQuota > 0 ? workspaceQuota : DEFAULT_WORKSPACE_QUOTA;
    }

    /** With the default workspace bound. */
    public RunConfig(Workload workload, GoldenSet golden, Path runDir, List<TestProgram> programs, Mode mode,
            AgentSpec agent, String model, String endpoint, Secret apiKey, String apiKeyEnv, PriceTable prices,
            Budgets runBudgets, Budgets stageBudgets, int maxTurnsPerStage, AeiScales scales, RetryPolicy retry) {
        this(workload, golden, runDir, programs, mode, agent, model, endpoint, apiKey, apiKeyEnv, prices, runBudgets,
                stageBudgets, maxTurnsPerStage, scales, retry, DEFAULT_WORKSPACE_QUOTA);
    }

    /** The run's id: its folder's name. */
    public String runId() {
        return runDir.getFileName().toString();
    }

    /** Wall time of one stage's agent phase; null for none beyond the run's. */
    public Long stageSeconds() {
        return stageBudgets.maxWallSeconds();
    }

    /** The same run in another mode (tests compare modes on one configuration). */
    public RunConfig withMode(Mode other) {
        return new RunConfig(workload, golden, runDir, programs, other, agent, model, endpoint, apiKey, apiKeyEnv,
                prices, runBudgets, stageBudgets, maxTurnsPerStage, scales, retry, workspaceQuota);
    }

    /** The same run with another workspace bound. */
    public RunConfig withWorkspaceQuota(long bytes) {
        return new RunConfig(workload, golden, runDir, programs, mode, agent, model, endpoint, apiKey, apiKeyEnv,
                prices, runBudgets, stageBudgets, maxTurnsPerStage, scales, retry, bytes);
    }

    /** The same run with another agent (its image found once Docker is there). */
    public RunConfig withAgent(AgentSpec other) {
        return new RunConfig(workload, golden, runDir, programs, mode, other, model, endpoint, apiKey, apiKeyEnv,
                prices, runBudgets, stageBudgets, maxTurnsPerStage, scales, retry);
    }

    /** The same run with the key given again (a later step reads it from the environment). */
    public RunConfig withKey(Secret key) {
        return new RunConfig(workload, golden, runDir, programs, mode, agent, model, endpoint, key, apiKeyEnv,
                prices, runBudgets, stageBudgets, maxTurnsPerStage, scales, retry, workspaceQuota);
    }
}
