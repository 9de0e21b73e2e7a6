package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayBudgetsAndRetryPolicyTest {

    @Test
    void backoffDoublesUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(3));
        assertThat(policy.delay(1, Optional.empty())).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(2, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(4, Optional.empty())).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.delay(60, Optional.empty())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterReplacesTheBackoffButNotTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(3));
        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(2)))).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(1, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("at least one");
    }

    @Test
    void budgetsReportTheFirstLimitReached() {
        Budgets budgets = Budgets.UNLIMITED.withMaxCalls(3).withMaxTokens(1000).withMaxDollars(0.5).withMaxWallSeconds(60);
        assertThat(budgets.reached(2, 999, 0.49, 59.9)).isNull();
        assertThat(budgets.reached(3, 0, 0, 0)).isEqualTo(BudgetKind.CALLS);
        assertThat(budgets.reached(0, 1000, 0, 0)).isEqualTo(BudgetKind.TOKENS);
        assertThat(budgets.reached(0, 0, 0.5, 0)).isEqualTo(BudgetKind.DOLLARS);
        assertThat(budgets.reached(0, 0, 0, 60)).isEqualTo(BudgetKind.TIME);
        assertThat(Budgets.UNLIMITED.reached(Long.MAX_VALUE, Long.MAX_VALUE, 1e9, 1e9)).isNull();
        assertThatThrownBy(() -> Budgets.UNLIMITED.withMaxCalls(-1)).hasMessageContaining("negative");
    }

    @Test
    void exhaustionDescribesTheBudget() {
        assertThat(new BudgetExhaustion("run", BudgetKind.DOLLARS, 2.5, 2.50314).describe())
                .isEqualTo("the run's dollars budget (2.5000 USD) is used up: 2.5031 USD spent");
        assertThat(new BudgetExhaustion("T3", BudgetKind.CALLS, 5, 5).describe())
                .isEqualTo("stage T3's calls budget (5 calls) is used up: 5 calls made");
    }

    @Test
    void secretNeverPrintsItself() {
        Secret key = Secret.of("sk-live-abcdef123456");
        assertThat(key.toString()).doesNotContain("abcdef");
        assertThat(Secret.scrub("Bearer sk-live-abcdef123456 and sk-live-abcdef123456")).isEqualTo("Bearer *** and ***");
        GatewayConfig config = GatewayConfig.builder("https://api.example.com/v1", key, "gpt-4o").build();
        assertThat(config.toString()).doesNotContain("abcdef");
        assertThat(config.chatCompletionsUri()).hasToString("https://api.example.com/v1/chat/completions");
        assertThatThrownBy(() -> GatewayConfig.builder("https://u:p@api.example.com/v1", key, "m").build())
                .hasMessageContaining("may not carry credentials").hasMessageNotContaining("u:p");
        assertThatThrownBy(() -> GatewayConfig.builder("not a url", key, "m").build())
                .isInstanceOf(GatewayException.class).hasMessageContaining("not a URL");
        assertThatThrownBy(() -> GatewayConfig.builder("ftp://host/v1", key, "m").build())
                .isInstanceOf(GatewayException.class).hasMessageContaining("http or https");
    }
}
