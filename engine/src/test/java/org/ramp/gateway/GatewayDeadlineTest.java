package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.json;
import static org.ramp.gateway.TestAgent.request;
import static org.ramp.gateway.TestAgent.streamRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call the endpoint never answers holds nobody past its deadline: the nearest of its own timeout
 * and the end of the stage's and the run's time. It is recorded (ledger and transcript) when it is
 * cut, with its status, and the time it held counts as lost to the endpoint when it hung. (Before: one
 * unanswered call held a 60 s stage for 600 s, and was recorded only when the gateway closed.)
 */
class GatewayDeadlineTest {
    @TempDir
    Path dir;

    @Test
    void aCallThatNeverAnswersIsCutAtItsOwnTimeout() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.hanging());
                Gateway gateway = Gateway.start(config(endpoint).requestTimeout(Duration.ofSeconds(1))
                        .transcriptDir(dir).build())) {
            gateway.beginStage("T3", Budgets.UNLIMITED);
            HttpResponse<String> cut = chat(gateway, request("hello"));

            assertThat(cut.statusCode()).isEqualTo(504);
            assertThat(json(cut).at("/error/code").asText()).isEqualTo("ramp_call_cut");
            assertThat(json(cut).at("/error/message").asText()).contains("the call's own timeout passed");
            CallRecord call = gateway.records().get(0);
            assertThat(call.cut()).isEqualTo(CutReason.CALL_TIMEOUT);
            assertThat(call.status()).isEqualTo(504);
            assertThat(call.endpointFailure()).isTrue();
            assertThat(call.latencyMs()).isGreaterThanOrEqualTo(1000);
            UsageTotals stage = gateway.usage("T3");
            assertThat(stage.calls()).isEqualTo(1);
            assertThat(stage.callsCut()).isEqualTo(1);
            assertThat(stage.endpointSecondsLost()).isGreaterThanOrEqualTo(1.0);
            // in the transcript as soon as it is cut, not when the gateway closes
            List<TranscriptFile.Call> written = TranscriptFile.read(dir.resolve("T3.jsonl")).calls();
            assertThat(written).hasSize(1);
            assertThat(written.get(0).record().cut()).isEqualTo(CutReason.CALL_TIMEOUT);
            assertThat(written.get(0).endpointAnswered()).isFalse();
        }
    }

    @Test
    void aHungCallEndsWithTheStagesTimeAsThatBudgetsRefusal() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.hanging(), CannedResponse.message("x", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).requestTimeout(Duration.ofSeconds(10)).build())) {
            gateway.beginStage("T3", Budgets.UNLIMITED.withMaxWallSeconds(1));
            long started = System.nanoTime();
            HttpResponse<String> cut = chat(gateway, request("hello"));
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(seconds).isBetween(0.9, 9.0);
            assertThat(cut.statusCode()).isEqualTo(402);
            assertThat(json(cut).at("/error/code").asText()).isEqualTo(OpenAiError.BUDGET_EXHAUSTED);
            assertThat(json(cut).at("/error/message").asText()).contains("stage T3's time budget is used up")
                    .contains("the stage's time ended");
            CallRecord call = gateway.records().get(0);
            assertThat(call.cut()).isEqualTo(CutReason.STAGE_DEADLINE);
            assertThat(call.forwarded()).isTrue();
            // held for 1 s with nothing answered before and a 10 s timeout (hung past 0.5 s): the endpoint's failure
            assertThat(call.endpointFailure()).isTrue();
            assertThat(gateway.usage("T3").endpointSecondsLost()).isGreaterThan(0.9);
            assertThat(chat(gateway, request("again")).statusCode()).isEqualTo(402);
            assertThat(endpoint.calls()).isEqualTo(1);
        }
    }

    @Test
    void aSlowCallStillOpenWhenTheTimeEndsIsNotBlamedOnTheEndpoint() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.message("slow but fine", USAGE).withDelay(Duration.ofMillis(1500)), CannedResponse.hanging());
                Gateway gateway = Gateway.start(config(endpoint).requestTimeout(Duration.ofSeconds(10)).build())) {
            gateway.beginStage("T4", Budgets.UNLIMITED.withMaxWallSeconds(3));
            assertThat(chat(gateway, request("one")).statusCode()).isEqualTo(200);
            assertThat(chat(gateway, request("two")).statusCode()).isEqualTo(402);

            CallRecord open = gateway.records().get(1);
            assertThat(open.cut()).isEqualTo(CutReason.STAGE_DEADLINE);
            // open about 1.5 s, less than twice the slowest answer (1.5 s): the stage's time simply ran out
            assertThat(open.endpointFailure()).isFalse();
            assertThat(gateway.usage("T4").callsCut()).isEqualTo(1);
            assertThat(gateway.usage("T4").endpointSecondsLost()).isZero();
        }
    }

    @Test
    void theRunsTimeCutsACallOfAStageWithoutItsOwnTimeBudget() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.hanging());
                Gateway gateway = Gateway.start(config(endpoint).requestTimeout(Duration.ofSeconds(10))
                        .runBudgets(Budgets.UNLIMITED.withMaxWallSeconds(1)).build())) {
            gateway.beginStage("T5", Budgets.UNLIMITED);
            HttpResponse<String> cut = chat(gateway, request("hello"));
            assertThat(cut.statusCode()).isEqualTo(402);
            assertThat(json(cut).at("/error/message").asText()).contains("the run's time budget is used up");
            assertThat(gateway.records().get(0).cut()).isEqualTo(CutReason.RUN_DEADLINE);
        }
    }

    @Test
    void aStreamThatHangsMidwayIsCutAndEndsWithAnErrorEvent() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.message("the first piece and more", USAGE).hangingAfterFirstChunk());
                Gateway gateway = Gateway.start(config(endpoint).requestTimeout(Duration.ofSeconds(1))
                        .transcriptDir(dir).build())) {
            gateway.beginStage("T3", Budgets.UNLIMITED);
            HttpResponse<String> response = chat(gateway, streamRequest("go", true));

            assertThat(response.statusCode()).isEqualTo(200);
            List<String> events = TestAgent.events(response.body());
            assertThat(events.get(0)).contains("\"role\":\"assistant\"");
            JsonNode last = TestAgent.JSON.readTree(events.get(events.size() - 1));
            assertThat(last.at("/error/code").asText()).isEqualTo("ramp_call_cut");
            assertThat(events).doesNotContain("[DONE]");
            CallRecord call = gateway.records().get(0);
            assertThat(call.cut()).isEqualTo(CutReason.CALL_TIMEOUT);
            assertThat(call.status()).isEqualTo(504);
            assertThat(call.usageMissing()).isTrue();
            JsonNode partial = TranscriptFile.read(dir.resolve("T3.jsonl")).calls().get(0).response();
            assertThat(partial.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        }
    }

    @Test
    void endingTheStageCutsItsOpenCallsAndReturnsOnceTheyAreRecorded() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.hanging(), CannedResponse.hanging());
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(dir).build())) {
            gateway.beginStage("T2", Budgets.UNLIMITED);
            CompletableFuture<HttpResponse<String>> open = CompletableFuture.supplyAsync(() -> call(gateway));
            waitUntil(() -> endpoint.calls() == 1);

            assertThat(gateway.endStage("T2", Duration.ofSeconds(10))).isEqualTo(1);
            assertThat(gateway.usage("T2").calls()).isEqualTo(1);
            assertThat(gateway.records().get(0).cut()).isEqualTo(CutReason.STAGE_ENDED);
            assertThat(open.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(504);

            gateway.beginStage("T3", Budgets.UNLIMITED);
            CompletableFuture<HttpResponse<String>> closing = CompletableFuture.supplyAsync(() -> call(gateway));
            waitUntil(() -> endpoint.calls() == 2);
            gateway.close();
            assertThat(gateway.usage("T3").callsCut()).isEqualTo(1);
            assertThat(TranscriptFile.read(dir.resolve("T3.jsonl")).calls().get(0).record().cut())
                    .isEqualTo(CutReason.GATEWAY_CLOSED);
            closing.handle((response, failure) -> null).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void timeTheEndpointHeldEarlierCountsForAStageThatRunsOnTheRunsTime() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.hanging());
                Gateway gateway = Gateway.start(config(endpoint).requestTimeout(Duration.ofSeconds(1))
                        .endpointSecondsLostBefore(30).runBudgets(Budgets.UNLIMITED.withMaxWallSeconds(3600)).build())) {
            gateway.beginStage("T3", Budgets.UNLIMITED);
            chat(gateway, request("hangs"));
            double lost = gateway.usage("T3").endpointSecondsLost();
            assertThat(lost).isGreaterThanOrEqualTo(1.0);
            assertThat(gateway.endpointSecondsLostBefore("T3")).isEqualTo(30.0);

            gateway.beginStage("T4", Budgets.UNLIMITED);
            assertThat(gateway.endpointSecondsLostBefore("T4")).isEqualTo(30.0 + lost);
            // a stage whose own time budget ends before the run's is not shortened by what was lost before
            gateway.beginStage("T5", Budgets.UNLIMITED.withMaxWallSeconds(60));
            assertThat(gateway.endpointSecondsLostBefore("T5")).isZero();
        }
    }

    private static HttpResponse<String> call(Gateway gateway) {
        try {
            return chat(gateway, request("wait"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(end);
            Thread.sleep(10);
        }
    }
}
