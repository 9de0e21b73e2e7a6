package org.ramp.metrics;

/**
 * A run's token counts as an OpenAI-style API reports them, summed over every call.
 *
 * <p>Definitions (OpenAI-style usage): {@code prompt} is {@code prompt_tokens}, which already
 * includes the cache-read tokens; {@code cached} is the cache-read part of it
 * ({@code prompt_tokens_details.cached_tokens}); {@code cacheWrite} is the tokens written to the
 * prompt cache, reported apart from {@code prompt}; {@code completion} is {@code completion_tokens},
 * which already includes the reasoning tokens; {@code reasoning} is the reasoning part of it
 * ({@code completion_tokens_details.reasoning_tokens}). Hence {@code cached <= prompt} and
 * {@code reasoning <= completion}.
 */
public record TokenUsage(long prompt, long cached, long cacheWrite, long completion, long reasoning) {

    public TokenUsage {
        requireNonNegative("prompt", prompt);
        requireNonNegative("cached", cached);
        requireNonNegative("cacheWrite", cacheWrite);
        requireNonNegative("completion", completion);
        requireNonNegative("reasoning", reasoning);
        if (cached > prompt) {
            throw new IllegalArgumentException("cached tokens (" + cached + ") exceed prompt tokens (" + prompt
                    + "); prompt must include the cache-read tokens");
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

    /** Every token once: prompt + cache-write + completion (cache-read and reasoning are already inside). */
    public long corrected() {
        return prompt + cacheWrite + completion;
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " tokens must be 0 or more, not " + value);
        }
    }
}
