package org.ramp.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.Gateway;
import org.ramp.gateway.GatewayConfig;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ModelPrice;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.Secret;
import org.ramp.gateway.UnixSocketBridge;
import org.ramp.gateway.UsageTotals;
import org.ramp.metrics.TokenUsage;
import org.ramp.results.StageResult;
import org.ramp.results.Usage;
import org.ramp.sandbox.SharedDirs;

/**
 * A run's way to the model: the gateway, in front of the user's endpoint, or of a local one (the noop
 * agent's, which is never called, or the replay's recorded answers); and the Unix socket with the relay
 * script through which the network-less agent containers reach it.
 */
final class ModelLine implements AutoCloseable {
    static final String SOCKET = "gateway.sock";
    static final String RELAY = "relay.py";

    private final LocalEndpoint local;
    private final Gateway gateway;
    private final UnixSocketBridge bridge;
    private final Path folder;

    private ModelLine(LocalEndpoint local, Gateway gateway, UnixSocketBridge bridge, Path folder) {
        this.local = local;
        this.gateway = gateway;
        this.bridge = bridge;
        this.folder = folder;
    }

    /** Starts everything; a resumed run's budgets are what is left of them. */
    static ModelLine open(RunConfig config, RunDirectory dir, List<StageResult> done) throws IOException {
        LocalEndpoint local = switch (config.agent().kind()) {
            case AgentSpec.NOOP -> LocalEndpoint.start(List.of());
            case AgentSpec.REPLAY -> LocalEndpoint.replaying(transcripts(config));
            default -> null;
        };
        Gateway gateway = null;
        try {
            gateway = Gateway.start(gatewayConfig(config, dir, local, done));
            Path folder = SharedDirs.create(dir.agent().resolve("gateway"));
            Path relay = folder.resolve(RELAY);
            if (!Files.exists(relay)) {
                try (InputStream script = Gateway.class.getResourceAsStream(RELAY)) {
                    if (script == null) {
                        throw new IllegalStateException(RELAY + " is missing from the engine's resources");
                    }
                    Files.write(relay, script.readAllBytes());
                }
            }
            UnixSocketBridge bridge = UnixSocketBridge.start(folder.resolve(SOCKET), gateway.address());
            return new ModelLine(local, gateway, bridge, folder);
        } catch (IOException | RuntimeException e) {
            if (gateway != null) {
                gateway.close();
            }
            if (local != null) {
                local.close();
            }
            throw e;
        }
    }

    Gateway gateway() {
        return gateway;
    }

    /** The folder to mount into agent containers: the socket and the relay. */
    Path folder() {
        return folder;
    }

    /** A stage's usage as run.json records it, both token sums included. */
    Usage usage(String stageId) {
        UsageTotals totals = gateway.usage(stageId);
        TokenUsage tokens = new TokenUsage(totals.promptTokens(), totals.cachedTokens(), totals.cacheWriteTokens(),
                totals.completionTokens(), totals.reasoningTokens());
        return new Usage((int) totals.calls(), totals.promptTokens(), totals.cachedTokens(), totals.cacheWriteTokens(),
                totals.completionTokens(), totals.reasoningTokens(), totals.costUsd(), tokens.rampSum(),
                tokens.corrected(), (int) totals.contextLengthErrors(), (int) totals.endpointFailures(),
                (int) totals.callsCut(), totals.endpointSecondsLost());
    }

    @Override
    public void close() {
        bridge.close();
        gateway.close();
        if (local != null) {
            local.close();
        }
    }

    private static List<Path> transcripts(RunConfig config) {
        Path folder = new RunDirectory(config.agent().replayFrom()).transcripts();
        return config.workload().stages().stream().map(s -> folder.resolve(s.id() + ".jsonl"))
                .filter(Files::isRegularFile).toList();
    }

    private static GatewayConfig gatewayConfig(RunConfig config, RunDirectory dir, LocalEndpoint local,
            List<StageResult> done) {
        boolean noop = config.agent().kind().equals(AgentSpec.NOOP);
        String endpoint = local != null ? local.baseUrl() : config.endpoint();
        String model = noop ? LocalEndpoint.MODEL : config.model();
        PriceTable prices = noop
                ? PriceTable.empty().with(new ModelPrice(LocalEndpoint.MODEL, 0, 0, 0, "no model is called", ""))
                : config.prices();
        Secret key = local != null ? Secret.none() : config.apiKey();
        return GatewayConfig.builder(endpoint, key, model)
                .temperature(config.agent().temperature())
                .prices(prices)
                .runBudgets(remaining(config.runBudgets(), done))
                .endpointSecondsLostBefore(done.stream().mapToDouble(s -> s.usage().endpointSecondsLost()).sum())
                .retry(config.retry())
                .transcriptDir(dir.transcripts())
                .build();
    }

    /** What is left of the run's budgets after the stages already done (a resumed run). */
    static Budgets remaining(Budgets budgets, List<StageResult> done) {
        Usage used = done.stream().map(StageResult::usage).reduce(Usage.NONE, Usage::plus);
        double seconds = Orchestrator.elapsed(done);
        return new Budgets(
                budgets.maxCalls() == null ? null : Math.max(0, budgets.maxCalls() - used.calls()),
                budgets.maxTokens() == null ? null : Math.max(0, budgets.maxTokens() - used.tokensCorrected()),
                budgets.maxDollars() == null ? null : Math.max(0, budgets.maxDollars() - used.costUsd()),
                budgets.maxWallSeconds() == null ? null : Math.max(0, budgets.maxWallSeconds() - (long) seconds));
    }
}
