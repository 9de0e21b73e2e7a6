package org.ramp.gateway;

/**
 * The tokens of one call, in one convention whatever the provider reported:
 * {@code promptTokens} counts every input token the model read, cache reads and cache writes included
 * (OpenAI's meaning of {@code prompt_tokens}; Anthropic's {@code input_tokens} plus both cache fields);
 * {@code cachedTokens} and {@code cacheWriteTokens} are the parts of it read from and written to the
 * prompt cache; {@code completionTokens} includes {@code reasoningTokens}. {@code missing} says the
 * response carried no usage, and every count is then 0.
 */
public record CallUsage(long promptTokens, long cachedTokens, long cacheWriteTokens, long completionTokens,
        long reasoningTokens, boolean missing) {

    public static final CallUsage MISSING = new CallUsage(0, 0, 0, 0, 0, true);

    public CallUsage {
        if (promptTokens < 0 || cachedTokens < 0 || cacheWriteTokens < 0 || completionTokens < 0
                || reasoningTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public static CallUsage of(long prompt, long cached, long cacheWrite, long completion, long reasoning) {
        return new CallUsage(prompt, cached, cacheWrite, completion, reasoning, false);
    }

    /** Every token read or written, each once: what token budgets count. */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    /** Prompt tokens neither read from nor written to the cache. */
    public long uncachedPromptTokens() {
        return Math.max(0, promptTokens - cachedTokens - cacheWriteTokens);
    }
}
