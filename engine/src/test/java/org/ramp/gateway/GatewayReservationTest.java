package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Concurrent calls through real HTTP cannot overrun a token or dollar budget by more than one call:
 * each call in flight holds what it may cost, and once the rest of a budget cannot cover the calls in
 * flight they go one at a time. (Before: 40 parallel calls with a 0.01 USD budget were all forwarded.)
 */
class GatewayReservationTest {
    private static final int PARALLEL = 40;
    /** 128 prompt and 100 completion tokens: 0.00132 USD at gpt-4o's 2.50 and 10.00 USD per million. */
    private static final String USAGE = "{\"prompt_tokens\": 128, \"completion_tokens\": 100}";
    private static final double CALL_USD = 128 * 2.5e-6 + 100 * 10e-6;
    /** A prompt of more bytes than the tokens the endpoint counts, as real prompts are. */
    private static final String PROMPT = "Summarise the build log. ".repeat(24);

    @Test
    void fortyParallelCallsStayWithinADollarBudgetPlusOneCall() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(PARALLEL, Duration.ofMillis(150)));
                Gateway gateway = Gateway.start(config(endpoint)
                        .runBudgets(Budgets.UNLIMITED.withMaxDollars(0.01)).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED);
            List<Integer> statuses = parallel(gateway, request(null));

            UsageTotals run = gateway.usage();
            assertThat(run.costUsd()).as("spent").isLessThanOrEqualTo(0.01 + CALL_USD + 1e-12);
            // the budget is used, not refused early: 8 calls reach 0.01056 USD
            assertThat(run.calls()).isEqualTo(8);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(8);
            assertThat(statuses.stream().filter(s -> s == 402)).hasSize(PARALLEL - 8);
            assertThat(endpoint.calls()).isEqualTo(8);
            // with no max_tokens a call may cost 0.33 USD: each went alone
            assertThat(endpoint.mostAtOnce()).isEqualTo(1);
            assertThat(run.refusedCalls()).isEqualTo(PARALLEL - 8);
        }
    }

    @Test
    void callsThatFitTheRestOfTheBudgetGoTogether() throws Exception {
        // with max_tokens 100 a call holds about 0.0016 USD: several fit in 0.02 USD at once
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(PARALLEL, Duration.ofMillis(300)));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            gateway.beginStage("T2", Budgets.UNLIMITED.withMaxDollars(0.02));
            List<Integer> statuses = parallel(gateway, request(100));

            UsageTotals stage = gateway.usage("T2");
            assertThat(stage.costUsd()).isLessThanOrEqualTo(0.02 + CALL_USD + 1e-12);
            assertThat(stage.calls()).isBetween(15L, 16L);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize((int) stage.calls());
            assertThat(endpoint.calls()).isEqualTo((int) stage.calls());
            assertThat(endpoint.mostAtOnce()).as("calls in flight together").isGreaterThan(1);
        }
    }

    @Test
    void aStageTokenBudgetHoldsUnderConcurrencyToo() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(answers(PARALLEL, Duration.ofMillis(150)));
                Gateway gateway = Gateway.start(config(endpoint).runBudgets(Budgets.UNLIMITED.withMaxTokens(100_000))
                        .build())) {
            gateway.beginStage("T3", Budgets.UNLIMITED.withMaxTokens(2000));
            parallel(gateway, request(100));

            UsageTotals stage = gateway.usage("T3");
            assertThat(stage.totalTokens()).isLessThanOrEqualTo(2000 + 228);
            assertThat(stage.calls()).isEqualTo(9); // 9 × 228 = 2052: the ninth call crossed the limit
            assertThat(endpoint.calls()).isEqualTo(9);
            assertThat(stage.budgetExhausted()).map(BudgetExhaustion::kind).hasValue(BudgetKind.TOKENS);
        }
    }

    @Test
    void theReservationBoundsPromptByBytesAndCompletionByMaxTokens() {
        ModelPrice price = new ModelPrice("m", 2.5, 1.25, 10, "", "");
        var request = TestAgent.JSON.createObjectNode().put("max_tokens", 500).put("n", 2);
        Reservation reservation = Reservation.of(1000, request, price, 32_768);
        assertThat(reservation.tokens()).isEqualTo(1000 + 1000);
        assertThat(reservation.costUsd()).isEqualTo(1000 * 2.5e-6 + 1000 * 10e-6, within(1e-12));
        var unbounded = TestAgent.JSON.createObjectNode();
        assertThat(Reservation.of(10, unbounded, price, 32_768).tokens()).isEqualTo(10 + 32_768);
        var newer = TestAgent.JSON.createObjectNode().put("max_completion_tokens", 7).put("max_tokens", 900);
        assertThat(Reservation.of(10, newer, price, 32_768).tokens()).isEqualTo(17);
    }

    private static List<CannedResponse> answers(int count, Duration delay) {
        return Collections.nCopies(count, CannedResponse.message("ok", USAGE).withDelay(delay));
    }

    private static String request(Integer maxTokens) {
        return "{\"model\": \"m\"" + (maxTokens == null ? "" : ", \"max_tokens\": " + maxTokens)
                + ", \"messages\": [{\"role\": \"user\", \"content\": \"" + PROMPT + "\"}]}";
    }

    /** {@value #PARALLEL} agents call at once; their statuses. */
    private static List<Integer> parallel(Gateway gateway, String body) throws Exception {
        ExecutorService agents = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(() -> chat(gateway, body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : agents.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            agents.shutdown();
        }
    }
}
