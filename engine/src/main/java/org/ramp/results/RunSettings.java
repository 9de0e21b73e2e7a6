package org.ramp.results;

import java.util.Map;

/**
 * The settings of a run, without secrets: the endpoint's address is kept, never its key.
 *
 * @param agent        "builtin", "command", "noop" or "replay"
 * @param agentOptions the agent's own settings (command line, conversation mode, temperature, ...)
 * @param mode         "chain", "golden-inputs" or "strict"
 * @param programs     the test programs graded, when the run was narrowed to some; empty means all
 */
public record RunSettings(String model, String endpoint, String agent, Map<String, String> agentOptions,
        String mode, Map<String, Double> runBudgets, Map<String, Double> stageBudgets,
        Map<String, Double> aeiScales, java.util.List<String> programs) {

    public RunSettings {
        programs = programs == null ? java.util.List.of() : java.util.List.copyOf(programs);
        agentOptions = Map.copyOf(agentOptions);
        runBudgets = Map.copyOf(runBudgets);
        stageBudgets = Map.copyOf(stageBudgets);
        aeiScales = Map.copyOf(aeiScales);
    }
}
