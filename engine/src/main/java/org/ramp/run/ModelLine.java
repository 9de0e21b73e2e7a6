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
import org.ramp.gateway.TranscriptLedger;
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
    private final Path transcripts;

    private ModelLine(LocalEndpoint local, Gateway gateway, UnixSocketBridge bridge, Path folder, Path transcripts) {
        this.local = local;
        this.gateway = gateway;
        this.bridge = bridge;
        this.folder = folder;
        this.transcripts = transcripts;
    }

    /**
     * Starts everything for one stage; the run's budgets are what the stages already done left of them.
     * A replay serves the recorded answers of that stage.
     */
    static ModelLine open(RunConfig config, RunDirectory dir, List<StageResult> done, String stageId)
            throws IOException {
        LocalEndpoint local = switch (config.agent().kind()) {
            case AgentSpec.NOOP -> LocalEndpoint.start(List.of());
            case AgentSpec.REPLAY -> LocalEndpoint.replaying(transcripts(config, stageId));
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
            return new ModelLine(local, gateway, bridge, folder, dir.transcripts());
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

    /**
     * A stage's usage as run.json records it, both token sums included: every call of the stage in its
     * transcript, from this process and from any earlier attempt cut short by an interruption, so that a
     * stage run again never refunds what the endpoint served.
     */
    Usage usage(String stageId) {
        return usage(TranscriptLedger.read(transcripts).usage(stageId));
    }

    /** What is left of the stage's own budgets after its earlier attempts. */
    Budgets stageBudgets(Budgets limits, String stageId) {
        return TranscriptLedger.read(transcripts).remaining(limits, stageId);
    }

    static Usage usage(UsageTotals totals) {
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

    private static List<Path> transcripts(RunConfig config, String stageId) {
        Path transcript = new RunDirectory(config.agent().replayFrom()).transcripts().resolve(stageId + ".jsonl");
        return Files.isRegularFile(transcript) ? List.of(transcript) : List.of();
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
                .runBudgets(remaining(config.runBudgets(), dir.transcripts(), done))
                .endpointSecondsLostBefore(done.stream().mapToDouble(s -> s.usage().endpointSecondsLost()).sum())
                .retry(config.retry())
                .transcriptDir(dir.transcripts())
                .build();
    }

    /**
     * What is left of the run's budgets: calls, tokens and dollars after every call in the transcripts
     * (interrupted attempts and calls whose process died in flight included), wall time after the stages
     * already done.
     */
    static Budgets remaining(Budgets budgets, Path transcripts, List<StageResult> done) {
        Budgets left = TranscriptLedger.read(transcripts).remaining(budgets);
        double seconds = RunRecord.seconds(done);
        return new Budgets(left.maxCalls(), left.maxTokens(), left.maxDollars(),
                budgets.maxWallSeconds() == null ? null : Math.max(0, budgets.maxWallSeconds() - (long) seconds));
    }
}
