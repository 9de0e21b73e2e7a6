package org.ramp.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * How the gateway retries a call the endpoint answered with 429 or 5xx, or could not be reached for:
 * at most {@code maxAttempts} attempts in all, waiting {@code initialDelay} doubled after every
 * attempt, never more than {@code maxDelay}; a {@code Retry-After} the endpoint sends replaces the
 * computed wait, also bounded by {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt, not " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("retry delays cannot be negative");
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElseGet(() -> {
            Duration exponential = initialDelay;
            for (int i = 1; i < retry && exponential.compareTo(maxDelay) < 0; i++) {
                exponential = exponential.multipliedBy(2);
            }
            return exponential;
        });
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
