package org.ramp.metrics;

/**
 * A run's token counts as an OpenAI-style API reports them, summed over every call.
 *
 * <p>Definitions, the gateway's convention (see org.ramp.gateway.CallUsage): {@code prompt} counts every
 * input token the model read, cache reads and cache writes included (OpenAI's {@code prompt_tokens});
 * {@code cached} and {@code cacheWrite} are the parts of it read from and written to the prompt cache;
 * {@code completion} is {@code completion_tokens}, which includes the reasoning tokens; {@code reasoning}
 * is the reasoning part of it. Hence {@code cached + cacheWrite <= prompt} and {@code reasoning <= completion}.
 */
public record TokenUsage(long prompt, long cached, long cacheWrite, long completion, long reasoning) {

    public TokenUsage {
        requireNonNegative("prompt", prompt);
        requireNonNegative("cached", cached);
        requireNonNegative("cacheWrite", cacheWrite);
        requireNonNegative("completion", completion);
        requireNonNegative("reasoning", reasoning);
        if (cached + cacheWrite > prompt) {
            throw new IllegalArgumentException("cache-read and cache-write tokens (" + cached + " + " + cacheWrite
                    + ") exceed prompt tokens (" + prompt + "); prompt must include both");
        }
        if (reasoning > completion) {
            throw new IllegalArgumentException("reasoning tokens (" + reasoning + ") exceed completion tokens ("
                    + completion + "); completion must include the reasoning tokens");
        }
    }

    /**
     * K as RAMP publishes it: prompt + completion + reasoning + cache-read + cache-write. Counts
     * cache-read and reasoning tokens twice; kept so that results compare with the paper's.
     */
    public long rampSum() {
        return prompt + completion + reasoning + cached + cacheWrite;
    }

    /** Every token once: prompt + completion (cache reads and writes, and reasoning, are already inside). */
    public long corrected() {
        return prompt + completion;
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " tokens must be 0 or more, not " + value);
        }
    }
}
