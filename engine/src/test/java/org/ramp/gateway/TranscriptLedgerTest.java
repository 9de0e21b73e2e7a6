package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is left of every budget follows from the transcripts alone, whichever processes served the run
 * and however they ended: answered, refused and cut calls as the gateway counted them, and a call in
 * flight when its process died (admitted, never recorded) as a forwarded call held at its reservation.
 * (Before: with --max-calls 12 the endpoint served 19 calls and run.json said 12.)
 */
class TranscriptLedgerTest {
    @TempDir
    Path root;

    @Test
    void everyCallOfEveryProcessCountsFromTheTranscriptsAlone() throws Exception {
        Path live = root.resolve("live");
        Path run = root.resolve("run");
        UsageTotals firstT1;
        UsageTotals firstT2;
        // the first process: T1 with a stage call budget, T2 interrupted while a call is in flight
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("1", USAGE),
                CannedResponse.message("2", USAGE), CannedResponse.message("3", USAGE), CannedResponse.hanging(),
                CannedResponse.message("4", USAGE), CannedResponse.hanging());
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(live).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED.withMaxCalls(4));
            for (String prompt : new String[] {"a", "b", "c"}) {
                chat(gateway, request(prompt));
            }
            CompletableFuture<?> cut = inFlight(gateway, "hangs until the stage ends");
            waitUntil(() -> endpoint.calls() == 4);
            gateway.endStage("T1", Duration.ofSeconds(10));
            cut.join();
            chat(gateway, request("refused"));
            firstT1 = gateway.usage("T1");
            gateway.beginStage("T2", Budgets.UNLIMITED);
            chat(gateway, request("d"));
            CompletableFuture<?> open = inFlight(gateway, "in flight when the process dies");
            waitUntil(() -> endpoint.calls() == 6);
            firstT2 = gateway.usage("T2");
            // the process dies here: what it leaves on disk is what the folder holds now
            copy(live, run);
            gateway.close();
            open.join();
        }
        assertThat(firstT1.calls()).isEqualTo(4);
        assertThat(firstT1.refusedCalls()).isEqualTo(1);
        assertThat(firstT1.callsCut()).isEqualTo(1);

        TranscriptLedger ledger = TranscriptLedger.read(run);
        assertThat(ledger.stages()).containsExactly("T1", "T2");
        assertThat(ledger.usage("T1")).usingRecursiveComparison().ignoringFields("exhausted").isEqualTo(firstT1);
        assertThat(ledger.unfinished("T2").calls()).isEqualTo(1);
        assertThat(ledger.unfinished("T2").reservedTokens()).isGreaterThan(GatewayConfig.DEFAULT_COMPLETION_RESERVATION);
        UsageTotals t2 = ledger.usage("T2");
        assertThat(t2.calls()).isEqualTo(firstT2.calls() + 1).isEqualTo(2);
        assertThat(t2.usageMissing()).isEqualTo(1);
        assertThat(t2.totalTokens()).isEqualTo(firstT2.totalTokens());

        Budgets left = ledger.remaining(new Budgets(12L, 100_000L, 5.0, 3600L));
        assertThat(left.maxCalls()).isEqualTo(12 - 6);
        assertThat(left.maxTokens()).isEqualTo(100_000 - 4 * 1200 - ledger.unfinished("T2").reservedTokens());
        assertThat(left.maxDollars()).isEqualTo(5.0 - ledger.usage().costUsd() - ledger.unfinished("T2").reservedUsd(),
                within(1e-9));
        assertThat(left.maxWallSeconds()).isEqualTo(3600);
        assertThat(ledger.remaining(Budgets.UNLIMITED.withMaxCalls(3), "T1").maxCalls()).isZero();

        // a second process resumes T2 in the same folder: its calls add up, and ids never collide
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("5", USAGE),
                CannedResponse.message("6", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(run).build())) {
            gateway.beginStage("T2", Budgets.UNLIMITED);
            chat(gateway, request("e"));
            chat(gateway, request("f"));
        }
        TranscriptLedger resumed = TranscriptLedger.read(run);
        assertThat(resumed.usage("T2").calls()).isEqualTo(4);
        assertThat(resumed.unfinished("T2").calls()).isEqualTo(1);
        assertThat(resumed.usage().calls()).isEqualTo(8);
        assertThat(resumed.usage().refusedCalls()).isEqualTo(1);
        assertThat(resumed.usage().callsCut()).isEqualTo(1);
        Set<String> ids = new HashSet<>();
        for (String stage : resumed.stages()) {
            TranscriptFile.read(run.resolve(stage + ".jsonl")).calls().forEach(call -> ids.add(call.record().id()));
        }
        assertThat(ids).hasSize(4 + 1 + 3);
    }

    @Test
    void aLineCutShortByACrashIsIgnoredAnyOtherBadLineIsNamed() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("1", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(root).build())) {
            gateway.beginStage("T0", Budgets.UNLIMITED);
            chat(gateway, request("a"));
        }
        Path file = root.resolve("T0.jsonl");
        Files.writeString(file, "{\"record\": {\"stage\": \"T0\", \"seq", StandardOpenOption.APPEND);
        assertThat(TranscriptLedger.read(root).usage("T0").calls()).isEqualTo(1);

        // the next process ends the torn line before it appends, so the file stays readable
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("2", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(root).build())) {
            gateway.beginStage("T0", Budgets.UNLIMITED);
            chat(gateway, request("b"));
        }
        assertThatThrownBy(() -> TranscriptLedger.read(root)).isInstanceOf(GatewayException.class)
                .hasMessageContaining("T0.jsonl line 3 is not a gateway transcript line");
        assertThat(TranscriptLedger.read(root.resolve("missing")).stages()).isEmpty();
    }

    private static CompletableFuture<?> inFlight(Gateway gateway, String prompt) {
        return CompletableFuture.runAsync(() -> {
            try {
                chat(gateway, request(prompt));
            } catch (Exception e) {
                // the call's end is not what is tested
            }
        });
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(end);
            Thread.sleep(10);
        }
    }
}
