package org.ramp.gateway;

/**
 * Limits of a run or of a stage; each is optional (null = no limit). Calls count the calls forwarded
 * to the endpoint; tokens count {@link CallUsage#totalTokens()}; dollars the priced cost; wall seconds
 * the time since the gateway started (run) or since the stage began. A call is refused once a limit
 * is reached. Tokens and dollars are known only after a call, so a call in flight holds a
 * {@link Reservation} of what it may cost and calls go one at a time once the rest of a budget
 * cannot cover those in flight: the call that crosses a limit completes, the next one is refused,
 * and a limit is passed by one call at most. Wall time also bounds every call: it is cut when the
 * stage's or the run's time ends.
 */
public record Budgets(Long maxCalls, Long maxTokens, Double maxDollars, Long maxWallSeconds) {

    public static final Budgets UNLIMITED = new Budgets(null, null, null, null);

    public Budgets {
        if (maxCalls != null && maxCalls < 0 || maxTokens != null && maxTokens < 0
                || maxDollars != null && (maxDollars < 0 || maxDollars.isNaN())
                || maxWallSeconds != null && maxWallSeconds < 0) {
            throw new IllegalArgumentException("budgets cannot be negative: " + this);
        }
    }

    public Budgets withMaxCalls(long calls) {
        return new Budgets(calls, maxTokens, maxDollars, maxWallSeconds);
    }

    public Budgets withMaxTokens(long tokens) {
        return new Budgets(maxCalls, tokens, maxDollars, maxWallSeconds);
    }

    public Budgets withMaxDollars(double dollars) {
        return new Budgets(maxCalls, maxTokens, dollars, maxWallSeconds);
    }

    public Budgets withMaxWallSeconds(long seconds) {
        return new Budgets(maxCalls, maxTokens, maxDollars, seconds);
    }

    public boolean isUnlimited() {
        return maxCalls == null && maxTokens == null && maxDollars == null && maxWallSeconds == null;
    }

    /** The first limit that {@code calls}, {@code tokens}, {@code dollars} and {@code seconds} have reached, or null. */
    BudgetKind reached(long calls, long tokens, double dollars, double seconds) {
        if (maxCalls != null && calls >= maxCalls) {
            return BudgetKind.CALLS;
        }
        if (maxTokens != null && tokens >= maxTokens) {
            return BudgetKind.TOKENS;
        }
        if (maxDollars != null && dollars >= maxDollars) {
            return BudgetKind.DOLLARS;
        }
        if (maxWallSeconds != null && seconds >= maxWallSeconds) {
            return BudgetKind.TIME;
        }
        return null;
    }

    /** The limit of one kind, as a number (null when there is none). */
    Number limit(BudgetKind kind) {
        return switch (kind) {
            case CALLS -> maxCalls;
            case TOKENS -> maxTokens;
            case DOLLARS -> maxDollars;
            case TIME -> maxWallSeconds;
        };
    }
}
