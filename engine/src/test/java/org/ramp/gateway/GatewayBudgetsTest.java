package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.json;
import static org.ramp.gateway.TestAgent.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every budget kind refuses further calls with 402 and a named budget, without contacting the endpoint. */
class GatewayBudgetsTest {
    private static final String SMALL_USAGE = "{\"prompt_tokens\": 100, \"completion_tokens\": 50}";

    private static List<CannedResponse> answers(int count) {
        return Collections.nCopies(count, CannedResponse.message("ok", SMALL_USAGE));
    }

    @Test
    void runCallBudget() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(5));
                Gateway gateway = Gateway.start(config(endpoint).runBudgets(Budgets.UNLIMITED.withMaxCalls(2)).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED);
            assertThat(chat(gateway, request("1")).statusCode()).isEqualTo(200);
            assertThat(chat(gateway, request("2")).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = chat(gateway, request("3"));

            assertRefused(refused, "calls");
            assertThat(json(refused).at("/error/message").asText()).contains("the run's calls budget (2 calls)");
            assertThat(chat(gateway, request("4")).statusCode()).isEqualTo(402);
            assertThat(endpoint.calls()).isEqualTo(2);
            assertThat(gateway.exhaustedBudget()).hasValueSatisfying(e -> {
                assertThat(e.kind()).isEqualTo(BudgetKind.CALLS);
                assertThat(e.scope()).isEqualTo("run");
            });
            assertThat(gateway.exhaustedBudget("T1")).map(BudgetExhaustion::scope).hasValue("run");
            UsageTotals totals = gateway.usage();
            assertThat(totals.calls()).isEqualTo(2);
            assertThat(totals.refusedCalls()).isEqualTo(2);
            assertThat(totals.budgetExhausted()).map(BudgetExhaustion::kind).hasValue(BudgetKind.CALLS);
            CallRecord refusedCall = gateway.records().get(2);
            assertThat(refusedCall.refusedBy()).isEqualTo(BudgetKind.CALLS);
            assertThat(refusedCall.status()).isEqualTo(402);
            assertThat(refusedCall.forwarded()).isFalse();

            gateway.beginStage("T2", Budgets.UNLIMITED);
            assertThat(chat(gateway, request("5")).statusCode()).isEqualTo(402);
            assertThat(endpoint.calls()).isEqualTo(2);
        }
    }

    @Test
    void stageTokenBudgetEndsTheStageOnlyAndTheNextStageStartsAfresh() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(5));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED.withMaxTokens(200));
            assertThat(chat(gateway, request("1")).statusCode()).isEqualTo(200); // 150 tokens
            assertThat(gateway.exhaustedBudget("T1")).isEmpty();
            assertThat(chat(gateway, request("2")).statusCode()).isEqualTo(200); // 300: crosses the limit
            assertThat(gateway.exhaustedBudget("T1")).map(BudgetExhaustion::kind).hasValue(BudgetKind.TOKENS);
            HttpResponse<String> refused = chat(gateway, request("3"));
            assertRefused(refused, "tokens");
            assertThat(json(refused).at("/error/message").asText())
                    .contains("stage T1's tokens budget (200 tokens) is used up: 300 tokens used");
            assertThat(endpoint.calls()).isEqualTo(2);
            assertThat(gateway.exhaustedBudget()).isEmpty();

            gateway.beginStage("T2", Budgets.UNLIMITED.withMaxTokens(200));
            assertThat(chat(gateway, request("4")).statusCode()).isEqualTo(200);
            assertThat(gateway.exhaustedBudget("T2")).isEmpty();
            assertThat(gateway.usage("T1").refusedCalls()).isEqualTo(1);
            assertThat(gateway.usage("T2").calls()).isEqualTo(1);
            assertThat(gateway.usage().calls()).isEqualTo(3);
            assertThat(gateway.stages()).containsExactly("T1", "T2");
        }
    }

    @Test
    void runDollarBudget() throws Exception {
        // 100 prompt tokens at 100 USD/M and 50 completion tokens at 200 USD/M: 0.02 USD a call
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(5));
                Gateway gateway = Gateway.start(TestAgent.config(endpoint.baseUrl())
                        .price(new ModelPrice("gpt-4o", 100, 10, 200, "test", ""))
                        .runBudgets(Budgets.UNLIMITED.withMaxDollars(0.03)).build())) {
            assertThat(chat(gateway, request("1")).statusCode()).isEqualTo(200);
            assertThat(chat(gateway, request("2")).statusCode()).isEqualTo(200);
            assertRefused(chat(gateway, request("3")), "dollars");
            assertThat(endpoint.calls()).isEqualTo(2);
            assertThat(gateway.exhaustedBudget()).hasValueSatisfying(e -> {
                assertThat(e.kind()).isEqualTo(BudgetKind.DOLLARS);
                assertThat(e.used()).isEqualTo(0.04, org.assertj.core.api.Assertions.within(1e-9));
            });
            assertThat(gateway.exhaustedBudget(Ledger.DEFAULT_STAGE)).map(BudgetExhaustion::kind)
                    .hasValue(BudgetKind.DOLLARS);
        }
    }

    @Test
    void stageAndRunTimeBudgets() throws Exception {
        TestAgent.MutableClock clock = new TestAgent.MutableClock();
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(5));
                Gateway gateway = Gateway.start(config(endpoint).clock(clock)
                        .runBudgets(Budgets.UNLIMITED.withMaxWallSeconds(3600)).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED.withMaxWallSeconds(60));
            assertThat(chat(gateway, request("1")).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(61));
            assertRefused(chat(gateway, request("2")), "time");
            assertThat(gateway.exhaustedBudget("T1")).hasValueSatisfying(e -> {
                assertThat(e.kind()).isEqualTo(BudgetKind.TIME);
                assertThat(e.scope()).isEqualTo("T1");
            });

            gateway.beginStage("T2", Budgets.UNLIMITED.withMaxWallSeconds(60));
            assertThat(chat(gateway, request("3")).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofHours(1));
            HttpResponse<String> refused = chat(gateway, request("4"));
            assertRefused(refused, "time");
            assertThat(json(refused).at("/error/message").asText()).contains("the run's time budget");
            assertThat(gateway.exhaustedBudget()).map(BudgetExhaustion::kind).hasValue(BudgetKind.TIME);
            assertThat(endpoint.calls()).isEqualTo(2);
        }
    }

    @Test
    void concurrentCallsCannotSlipPastACallBudget() throws Exception {
        List<CannedResponse> slow = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slow.add(CannedResponse.message("ok", SMALL_USAGE).withDelay(Duration.ofMillis(200)));
        }
        try (LocalEndpoint endpoint = LocalEndpoint.start(slow);
                Gateway gateway = Gateway.start(config(endpoint).runBudgets(Budgets.UNLIMITED.withMaxCalls(5)).build())) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> chat(gateway, request("x")).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            pool.shutdown();
            assertThat(statuses).containsOnly(200, 402);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(5);
            assertThat(endpoint.calls()).isEqualTo(5);
            assertThat(gateway.usage().calls()).isEqualTo(5);
            assertThat(gateway.usage().refusedCalls()).isEqualTo(3);
        }
    }

    @Test
    void aZeroBudgetRefusesTheFirstCall() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(1));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            gateway.beginStage("T0", Budgets.UNLIMITED.withMaxDollars(0));
            assertRefused(chat(gateway, request("1")), "dollars");
            assertThat(endpoint.requests()).isEmpty();
        }
    }

    private static void assertRefused(HttpResponse<String> response, String budget) throws Exception {
        assertThat(response.statusCode()).isEqualTo(402);
        JsonNode error = json(response).path("error");
        assertThat(error.path("code").asText()).isEqualTo("ramp_budget_exhausted");
        assertThat(error.path("type").asText()).isEqualTo("budget_exhausted");
        assertThat(error.path("message").asText()).contains(budget + " budget");
    }
}
