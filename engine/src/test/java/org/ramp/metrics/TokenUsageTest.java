package org.ramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenUsageTest {

    @Test
    void rampSumCountsCacheAndReasoningTokensTwiceAndCorrectedOnce() {
        TokenUsage usage = new TokenUsage(1000, 600, 50, 300, 120);
        assertThat(usage.rampSum()).isEqualTo(1000 + 300 + 120 + 600 + 50);
        assertThat(usage.corrected()).isEqualTo(1000 + 300);
    }

    @Test
    void withoutCacheOrReasoningBothCountsAgree() {
        TokenUsage usage = new TokenUsage(700, 0, 0, 200, 0);
        assertThat(usage.rampSum()).isEqualTo(usage.corrected()).isEqualTo(900);
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThatThrownBy(() -> new TokenUsage(-1, 0, 0, 0, 0)).hasMessageContaining("prompt tokens must be 0 or more");
        assertThatThrownBy(() -> new TokenUsage(10, 11, 0, 0, 0)).hasMessageContaining("cache-read and cache-write tokens (11 + 0) exceed");
        assertThatThrownBy(() -> new TokenUsage(10, 6, 5, 0, 0)).hasMessageContaining("(6 + 5) exceed prompt tokens (10)");
        assertThatThrownBy(() -> new TokenUsage(10, 0, 0, 5, 6)).hasMessageContaining("reasoning tokens (6) exceed");
    }
}
