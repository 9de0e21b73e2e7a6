package org.ramp.gateway;

/**
 * What a model costs, in USD per million tokens: uncached input, cached input (cache reads), output.
 * {@code source} and {@code asOf} say where the figures come from and when they were read.
 */
public record ModelPrice(String model, double inputPerMillion, double cachedInputPerMillion,
        double outputPerMillion, String source, String asOf) {

    public ModelPrice {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a price needs a model name");
        }
        check(model, "input", inputPerMillion);
        check(model, "cached input", cachedInputPerMillion);
        check(model, "output", outputPerMillion);
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
    }

    private static void check(String model, String what, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("the " + what + " price of " + model
                    + " must be a number of USD per million tokens, 0 or more, not " + value);
        }
    }

    /**
     * The cost of one call in USD:
     * (prompt − cached − cacheWrite) × input + cached × cachedInput + cacheWrite × input
     * + completion × output, per million. Since {@link CallUsage#promptTokens()} includes cache
     * writes, this is (prompt − cached) × input with the cache writes charged once, at the input
     * price: providers that charge a premium for cache writes (Anthropic: 1.25 × input) are
     * undercounted by that premium. Reasoning tokens are part of the completion and are not charged twice.
     */
    public double cost(CallUsage usage) {
        double micro = usage.uncachedPromptTokens() * inputPerMillion
                + usage.cachedTokens() * cachedInputPerMillion
                + usage.cacheWriteTokens() * inputPerMillion
                + usage.completionTokens() * outputPerMillion;
        return micro / 1_000_000.0;
    }
}
