package org.ramp.results;

import java.util.List;
import java.util.Map;

/**
 * The settings of a run, without secrets: the endpoint's address is kept, never its key. Everything a
 * later step needs to go on with the run ({@code ramp stage}, {@code ramp run --resume}) is here, so
 * that the run folder alone is enough, with the key read again from the environment variable named.
 *
 * @param agent        "builtin", "command", "noop" or "replay"
 * @param agentOptions the agent's own settings (command line, conversation mode, temperature, ...)
 * @param mode         "chain", "golden-inputs" or "strict"
 * @param programs     the test programs graded, when the run was narrowed to some; empty means all
 * @param price        the model's price in USD per million tokens ("input", "cachedInput", "output");
 *                     empty for runs that call no model
 * @param maxTurns     the most model calls the agent may make in one stage
 * @param apiKeyEnv    the environment variable the endpoint's key is read from; empty when none is needed
 * @param workspaceQuota the workspace's bound in bytes during the agent phase; 0 in runs recorded before
 *                     it was kept (they had the default)
 */
public record RunSettings(String model, String endpoint, String agent, Map<String, String> agentOptions,
        String mode, Map<String, Double> runBudgets, Map<String, Double> stageBudgets,
        Map<String, Double> aeiScales, List<String> programs, Map<String, Double> price, int maxTurns,
        String apiKeyEnv, long workspaceQuota) {

    public RunSettings {
        programs = programs == null ? List.of() : List.copyOf(programs);
        agentOptions = agentOptions == null ? Map.of() : Map.copyOf(agentOptions);
        runBudgets = runBudgets == null ? Map.of() : Map.copyOf(runBudgets);
        stageBudgets = stageBudgets == null ? Map.of() : Map.copyOf(stageBudgets);
        aeiScales = aeiScales == null ? Map.of() : Map.copyOf(aeiScales);
        price = price == null ? Map.of() : Map.copyOf(price);
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv;
    }

    /** Without a workspace bound (the default). */
    public RunSettings(String model, String endpoint, String agent, Map<String, String> agentOptions, String mode,
            Map<String, Double> runBudgets, Map<String, Double> stageBudgets, Map<String, Double> aeiScales,
            List<String> programs, Map<String, Double> price, int maxTurns, String apiKeyEnv) {
        this(model, endpoint, agent, agentOptions, mode, runBudgets, stageBudgets, aeiScales, programs, price, maxTurns,
                apiKeyEnv, 0);
    }
}
