package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.request;
import static org.ramp.gateway.TestAgent.streamRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConcurrencyTest {
    private static final int CALLS = 8;
    private static final Duration DELAY = Duration.ofMillis(400);

    @Test
    void parallelCallsAreAllServedTogetherAndAccounted(@TempDir Path dir) throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            script.add(CannedResponse.message("answer", USAGE).withDelay(DELAY));
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(script);
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(dir).build())) {
            gateway.beginStage("T3", Budgets.UNLIMITED);
            ExecutorService agents = Executors.newFixedThreadPool(CALLS);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                String body = i % 2 == 0 ? request("call " + i) : streamRequest("call " + i, false);
                calls.add(() -> chat(gateway, body).statusCode());
            }
            long start = System.nanoTime();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : agents.invokeAll(calls)) {
                statuses.add(status.get());
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            agents.shutdown();

            assertThat(statuses).containsOnly(200).hasSize(CALLS);
            assertThat(elapsedMs).as("calls overlap").isLessThan(CALLS * DELAY.toMillis());
            UsageTotals totals = gateway.usage("T3");
            assertThat(totals.calls()).isEqualTo(CALLS);
            assertThat(totals.promptTokens()).isEqualTo(CALLS * 1000L);
            assertThat(totals.completionTokens()).isEqualTo(CALLS * 200L);
            assertThat(totals.cachedTokens()).isEqualTo(CALLS * 400L);
            assertThat(totals.reasoningTokens()).isEqualTo(CALLS * 50L);
            assertThat(gateway.records()).extracting(CallRecord::sequence)
                    .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            double cost = gateway.records().stream().mapToDouble(CallRecord::costUsd).sum();
            assertThat(totals.costUsd()).isEqualTo(cost, org.assertj.core.api.Assertions.within(1e-12));
            List<String> lines = Files.readAllLines(dir.resolve("T3.jsonl"));
            assertThat(lines).hasSize(2 * CALLS);
            assertThat(lines.stream().filter(line -> line.startsWith("{\"record\""))).hasSize(CALLS);
            assertThat(lines.stream().filter(line -> line.startsWith("{\"admitted\""))).hasSize(CALLS);
        }
    }
}
