package org.ramp.metrics;

/**
 * The budgets at which an AEI efficiency component reaches 0: time Ts in seconds, cost Cs in USD,
 * tokens Ks. RAMP's are 20000 s, 200 USD and 3e8 tokens ({@link #RAMP}).
 */
public record AeiScales(double seconds, double costUsd, double tokens) {
    public static final double RAMP_SECONDS = 20000;
    public static final double RAMP_COST_USD = 200;
    public static final double RAMP_TOKENS = 3e8;
    public static final AeiScales RAMP = new AeiScales(RAMP_SECONDS, RAMP_COST_USD, RAMP_TOKENS);

    public AeiScales {
        requirePositive("time scale (seconds)", seconds);
        requirePositive("cost scale (USD)", costUsd);
        requirePositive("token scale", tokens);
    }

    private static void requirePositive(String name, double value) {
        // a zero scale would divide by zero; a negative one would reward spending more
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the AEI " + name + " must be a number greater than 0, not " + value);
        }
    }
}
