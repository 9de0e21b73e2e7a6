package org.ramp.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.ModelPrice;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.metrics.AeiScales;
import org.ramp.results.RunSettings;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/**
 * A run's settings as run.json keeps them, and back: a later step ({@code ramp stage}, {@code ramp run
 * --resume}) rebuilds the run's configuration from its folder alone, the key aside.
 */
public final class RunSettingsCodec {
    private RunSettingsCodec() {
    }

    /** What run.json records of a configuration: everything but the key. */
    public static RunSettings settings(RunConfig config) {
        AgentSpec agent = config.agent();
        boolean calls = agent.usesModel();
        String endpoint = calls && !agent.kind().equals(AgentSpec.REPLAY) ? config.endpoint() : "";
        List<String> programs = config.programs().size() == config.workload().programs().size() ? List.of()
                : config.programs().stream().map(TestProgram::name).toList();
        Map<String, Double> price = new LinkedHashMap<>();
        if (calls) {
            config.prices().find(config.model()).ifPresent(p -> {
                price.put("input", p.inputPerMillion());
                price.put("cachedInput", p.cachedInputPerMillion());
                price.put("output", p.outputPerMillion());
            });
        }
        String keyEnv = agent.kind().equals(AgentSpec.BUILTIN) || agent.kind().equals(AgentSpec.COMMAND)
                ? config.apiKeyEnv() : "";
        return new RunSettings(calls ? config.model() : "none", endpoint == null ? "" : endpoint, agent.name(),
                agent.options(), config.mode().id(), budgets(config.runBudgets()), budgets(config.stageBudgets()),
                Map.of("seconds", config.scales().seconds(), "dollars", config.scales().costUsd(),
                        "tokens", config.scales().tokens()), programs, price, config.maxTurnsPerStage(), keyEnv,
                config.workspaceQuota());
    }

    /**
     * The configuration of a recorded run.
     *
     * @throws IllegalArgumentException naming the setting, when run.json holds one this engine cannot use
     *                                  (a program no longer in the workload, an unknown mode)
     */
    public static RunConfig config(RunSettings settings, Workload workload, GoldenSet golden, Path runDir, Secret key) {
        AgentSpec agent = AgentSpec.fromOptions(settings.agent(), settings.agentOptions());
        Mode mode = Mode.byId(settings.mode()).orElseThrow(() -> new IllegalArgumentException(
                "settings.mode \"" + settings.mode() + "\" is not chain, golden-inputs or strict"));
        String model = settings.model().equals("none") ? null : settings.model();
        // a run recorded before prices were kept falls back on the bundled table
        PriceTable prices = PriceTable.defaults();
        if (model != null && !settings.price().isEmpty()) {
            prices = prices.with(new ModelPrice(model, settings.price().getOrDefault("input", 0.0),
                    settings.price().getOrDefault("cachedInput", 0.0), settings.price().getOrDefault("output", 0.0),
                    "run.json", ""));
        }
        Map<String, Double> scales = settings.aeiScales();
        AeiScales aei = new AeiScales(scales.getOrDefault("seconds", AeiScales.RAMP_SECONDS),
                scales.getOrDefault("dollars", AeiScales.RAMP_COST_USD), scales.getOrDefault("tokens", AeiScales.RAMP_TOKENS));
        return new RunConfig(workload, golden, runDir, programs(settings.programs(), workload), mode, agent, model,
                settings.endpoint().isEmpty() ? null : settings.endpoint(), key, settings.apiKeyEnv(), prices,
                budgets(settings.runBudgets()), budgets(settings.stageBudgets()),
                settings.maxTurns() > 0 ? settings.maxTurns() : 1000, aei, RetryPolicy.DEFAULT, settings.workspaceQuota());
    }

    /** The settings that differ between two runs' settings, by the name of their command-line option. */
    public static List<String> differences(RunSettings recorded, RunSettings wanted) {
        List<String> differences = new ArrayList<>();
        compare(differences, "--model", recorded.model(), wanted.model());
        compare(differences, "--endpoint", recorded.endpoint(), wanted.endpoint());
        compare(differences, "--agent", recorded.agent(), wanted.agent());
        compare(differences, "agent options", recorded.agentOptions(), wanted.agentOptions());
        compare(differences, "--mode", recorded.mode(), wanted.mode());
        compare(differences, "run budgets", recorded.runBudgets(), wanted.runBudgets());
        compare(differences, "stage budgets", recorded.stageBudgets(), wanted.stageBudgets());
        compare(differences, "AEI scales", recorded.aeiScales(), wanted.aeiScales());
        compare(differences, "--programs", recorded.programs(), wanted.programs());
        compare(differences, "the model's price", recorded.price(), wanted.price());
        compare(differences, "--max-turns", recorded.maxTurns(), wanted.maxTurns());
        compare(differences, "--api-key-env", recorded.apiKeyEnv(), wanted.apiKeyEnv());
        compare(differences, "--workspace-quota", quota(recorded), quota(wanted));
        return differences;
    }

    /** A run recorded before the bound was kept had the default. */
    private static long quota(RunSettings settings) {
        return settings.workspaceQuota() > 0 ? settings.workspaceQuota() : RunConfig.DEFAULT_WORKSPACE_QUOTA;
    }

    private static void compare(List<String> differences, String name, Object recorded, Object wanted) {
        if (!recorded.equals(wanted)) {
            differences.add(name + ": the run has " + recorded + ", asked " + wanted);
        }
    }

    private static List<TestProgram> programs(List<String> names, Workload workload) {
        if (names.isEmpty()) {
            return workload.programs();
        }
        List<TestProgram> selected = new ArrayList<>();
        for (String name : names) {
            Optional<TestProgram> program = workload.programs().stream().filter(p -> p.name().equals(name)).findFirst();
            selected.add(program.orElseThrow(() -> new IllegalArgumentException("settings.programs names \"" + name
                    + "\", which the workload " + workload.name() + " " + workload.version() + " does not have")));
        }
        return selected;
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

    static Budgets budgets(Map<String, Double> map) {
        return new Budgets(whole(map.get("calls")), whole(map.get("tokens")), map.get("dollars"),
                whole(map.get("seconds")));
    }

    private static Long whole(Double value) {
        return value == null ? null : value.longValue();
    }
}
