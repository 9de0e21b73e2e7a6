package org.ramp.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.metrics.AeiScales;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/**
 * Everything an assessment run is started with.
 *
 * @param runDir          the run's folder (created when new; a folder with run.json is resumed)
 * @param programs        the test programs graded (all of the workload's unless narrowed for a quick run)
 * @param endpoint        the OpenAI-compatible endpoint's base URL; unused by the noop and replay agents
 * @param apiKey          never written anywhere
 * @param maxTurnsPerStage the most model calls an agent may make in one stage
 * @param stageSeconds    wall time of one stage's agent phase; null for none beyond the run's
 * @param retry           how the gateway retries the endpoint's 429 and 5xx answers
 */
public record RunConfig(Workload workload, GoldenSet golden, Path runDir, List<TestProgram> programs, Mode mode,
        AgentSpec agent, String model, String endpoint, Secret apiKey, PriceTable prices, Budgets runBudgets,
        Budgets stageBudgets, int maxTurnsPerStage, Long stageSeconds, AeiScales scales, RetryPolicy retry) {

    public RunConfig {
        programs = List.copyOf(programs);
    }

    /** The run's id: its folder's name. */
    public String runId() {
        return runDir.getFileName().toString();
    }

    static Map<String, Double> budgets(Budgets budgets) {
        Map<String, Double> map = new LinkedHashMap<>();
        if (budgets.maxCalls() != null) {
            map.put("calls", budgets.maxCalls().doubleValue());
        }
        if (budgets.maxTokens() != null) {
            map.put("tokens", budgets.maxTokens().doubleValue());
        }
        if (budgets.maxDollars() != null) {
            map.put("dollars", budgets.maxDollars());
        }
        if (budgets.maxWallSeconds() != null) {
            map.put("seconds", budgets.maxWallSeconds().doubleValue());
        }
        return map;
    }

    static Map<String, Double> scales(AeiScales scales) {
        return Map.of("seconds", scales.seconds(), "dollars", scales.costUsd(), "tokens", scales.tokens());
    }
}
