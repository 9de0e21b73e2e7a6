package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.ModelPrice;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.metrics.AeiScales;
import org.ramp.results.RunSettings;
import org.ramp.workload.Workload;

/** A run's settings survive run.json: a later step rebuilds the same configuration from them, the key aside. */
class RunSettingsCodecTest {
    private final Workload workload = ToolchainForTests.workload();
    private final GoldenSet golden = new GoldenSet(RepositoryPaths.golden());

    private RunConfig config(AgentSpec agent) {
        return new RunConfig(workload, golden, Path.of("/runs/r1"), workload.programs().subList(0, 3), Mode.GOLDEN_INPUTS,
                agent, "gpt-4o", "https://api.example/v1", Secret.of("sk-secret"), "MY_KEY",
                PriceTable.empty().with(new ModelPrice("gpt-4o", 2.5, 1.25, 10, "test", "")),
                new Budgets(500L, 2_000_000L, 12.5, 18000L), new Budgets(80L, null, 2.0, 1800L), 120,
                new AeiScales(10000, 100, 1e8), RetryPolicy.DEFAULT);
    }

    @Test
    void everySettingButTheKeyRoundTrips() {
        for (AgentSpec agent : List.of(new AgentSpec(AgentSpec.BUILTIN, null, true, 64_000, 0.7, null),
                new AgentSpec(AgentSpec.COMMAND, "qwen -p \"$(cat {prompt_file})\"", false, 128_000, 0.1, null),
                new AgentSpec(AgentSpec.COMMAND, "qwen --yolo", false, 128_000, 0.2, null, null, "my-agent:1",
                        "sha256:" + "a".repeat(64)),
                new AgentSpec(AgentSpec.COMMAND, "opencode run", false, 128_000, 0.2, null, "opencode",
                        "ramp-agent-opencode:0123456789ab", "sha256:" + "b".repeat(64)))) {
            RunConfig original = config(agent);
            RunSettings settings = RunSettingsCodec.settings(original);
            assertThat(settings.toString()).doesNotContain("sk-secret");
            RunConfig back = RunSettingsCodec.config(settings, workload, golden, Path.of("/runs/r1"), Secret.of("k2"));
            assertThat(back.agent()).isEqualTo(original.agent());
            assertThat(back.mode()).isEqualTo(Mode.GOLDEN_INPUTS);
            assertThat(back.programs()).isEqualTo(original.programs());
            assertThat(back.runBudgets()).isEqualTo(original.runBudgets());
            assertThat(back.stageBudgets()).isEqualTo(original.stageBudgets());
            assertThat(back.stageSeconds()).isEqualTo(1800L);
            assertThat(back.maxTurnsPerStage()).isEqualTo(120);
            assertThat(back.scales()).isEqualTo(original.scales());
            assertThat(back.apiKeyEnv()).isEqualTo("MY_KEY");
            assertThat(back.prices().require("gpt-4o").inputPerMillion()).isEqualTo(2.5);
            assertThat(back.prices().require("gpt-4o").outputPerMillion()).isEqualTo(10);
            assertThat(RunSettingsCodec.settings(back)).isEqualTo(settings);
        }
    }

    @Test
    void aRecipesAgentIsRecordedUnderItsNameWithBothImagesIds() {
        AgentSpec agent = new AgentSpec(AgentSpec.COMMAND, "qwen --yolo", false, 128_000, 0.2, null, "qwen-code",
                "ramp-agent-qwen-code:0123456789ab", "sha256:" + "c".repeat(64));
        RunSettings settings = RunSettingsCodec.settings(config(agent));
        assertThat(settings.agent()).isEqualTo("qwen-code");
        assertThat(settings.agentOptions()).containsEntry("recipe", "qwen-code")
                .containsEntry("image", "ramp-agent-qwen-code:0123456789ab")
                .containsEntry("imageId", "sha256:" + "c".repeat(64));
        assertThat(settings.apiKeyEnv()).isEqualTo("MY_KEY");
        RunSettings rebuilt = RunSettingsCodec.settings(config(agent.withImage("ramp-agent-qwen-code:0123456789ab",
                "sha256:" + "d".repeat(64))));
        assertThat(RunSettingsCodec.differences(settings, rebuilt)).singleElement().asString()
                .startsWith("agent options");
    }

    @Test
    void differencesAreNamedByTheirOptions() {
        RunSettings a = RunSettingsCodec.settings(config(RunFixture.builtin()));
        RunSettings b = new RunSettings("gpt-5", a.endpoint(), a.agent(), a.agentOptions(), "strict", a.runBudgets(),
                a.stageBudgets(), a.aeiScales(), a.programs(), a.price(), a.maxTurns(), a.apiKeyEnv());
        assertThat(RunSettingsCodec.differences(a, a)).isEmpty();
        assertThat(RunSettingsCodec.differences(a, b)).containsExactly(
                "--model: the run has gpt-4o, asked gpt-5", "--mode: the run has golden-inputs, asked strict");
    }

    @Test
    void theWorkspaceBoundRoundTripsAndARunRecordedWithoutOneHadTheDefault() {
        RunConfig bounded = config(RunFixture.builtin()).withWorkspaceQuota(64L << 20);
        RunSettings settings = RunSettingsCodec.settings(bounded);
        assertThat(settings.workspaceQuota()).isEqualTo(64L << 20);
        assertThat(RunSettingsCodec.config(settings, workload, golden, Path.of("/runs/r1"), Secret.none())
                .workspaceQuota()).isEqualTo(64L << 20);
        RunSettings old = RunSettingsCodec.settings(config(RunFixture.builtin()));
        RunSettings before = new RunSettings(old.model(), old.endpoint(), old.agent(), old.agentOptions(), old.mode(),
                old.runBudgets(), old.stageBudgets(), old.aeiScales(), old.programs(), old.price(), old.maxTurns(),
                old.apiKeyEnv());
        assertThat(RunSettingsCodec.config(before, workload, golden, Path.of("/r"), Secret.none()).workspaceQuota())
                .isEqualTo(RunConfig.DEFAULT_WORKSPACE_QUOTA);
        assertThat(RunSettingsCodec.differences(before, old)).isEmpty();
        assertThat(RunSettingsCodec.differences(old, settings)).containsExactly(
                "--workspace-quota: the run has 2147483648, asked 67108864");
    }

    @Test
    void aProgramTheWorkloadLostIsNamed() {
        RunSettings s = RunSettingsCodec.settings(config(RunFixture.builtin()));
        RunSettings lost = new RunSettings(s.model(), s.endpoint(), s.agent(), s.agentOptions(), s.mode(),
                s.runBudgets(), s.stageBudgets(), s.aeiScales(), List.of("func_gone"), s.price(), s.maxTurns(),
                s.apiKeyEnv());
        assertThatThrownBy(() -> RunSettingsCodec.config(lost, workload, golden, Path.of("/r"), Secret.none()))
                .hasMessageContaining("settings.programs names \"func_gone\"");
    }
}
