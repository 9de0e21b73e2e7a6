package org.ramp.gateway;

import java.time.Duration;
import java.time.Instant;

/**
 * The books of the run or of one stage: its budgets, what its finished calls used, and what its calls
 * in flight hold (their {@link Reservation}s). {@link Ledger} guards every account with its own lock.
 */
final class Account {
    final String scope;
    final Instant started;
    Budgets budgets;
    long admitted;
    UsageTotals totals = UsageTotals.ZERO;
    BudgetExhaustion exhausted;
    int inFlight;
    /** The seconds the endpoint had held of the run's time when this stage began. */
    double runLostAtStart;
    private long heldTokens;
    private double heldUsd;

    Account(String scope, Budgets budgets, Instant started) {
        this.scope = scope;
        this.budgets = budgets;
        this.started = started;
    }

    /** The budget that has run out, found now or earlier (a budget once exhausted stays so), or null. */
    BudgetExhaustion check(Instant now) {
        if (exhausted != null) {
            return exhausted;
        }
        double seconds = Duration.between(started, now).toMillis() / 1000.0;
        BudgetKind kind = budgets.reached(admitted, totals.totalTokens(), totals.costUsd(), seconds);
        if (kind != null) {
            double used = switch (kind) {
                case CALLS -> admitted;
                case TOKENS -> totals.totalTokens();
                case DOLLARS -> totals.costUsd();
                case TIME -> seconds;
            };
            exhausted = new BudgetExhaustion(scope, kind, budgets.limit(kind).doubleValue(), used);
        }
        return exhausted;
    }

    /** Whether what is used, what the calls in flight hold and {@code call} together stay within the token and dollar budgets. */
    boolean fits(Reservation call) {
        boolean tokens = budgets.maxTokens() == null
                || totals.totalTokens() + heldTokens + call.tokens() <= budgets.maxTokens();
        boolean dollars = budgets.maxDollars() == null
                || totals.costUsd() + heldUsd + call.costUsd() <= budgets.maxDollars();
        return tokens && dollars;
    }

    void hold(Reservation call) {
        inFlight++;
        heldTokens += call.tokens();
        heldUsd += call.costUsd();
    }

    void release(Reservation call) {
        inFlight--;
        heldTokens -= call.tokens();
        heldUsd = inFlight == 0 ? 0 : heldUsd - call.costUsd();
    }

    /** When the account's time budget ends, or null when it has none. */
    Instant end() {
        return budgets.maxWallSeconds() == null ? null : started.plusSeconds(budgets.maxWallSeconds());
    }

    void remember(BudgetExhaustion exhaustion) {
        if (exhausted == null) {
            exhausted = exhaustion;
        }
    }

    UsageTotals snapshot() {
        return totals.withExhausted(exhausted);
    }
}
