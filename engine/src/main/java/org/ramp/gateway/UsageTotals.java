package org.ramp.gateway;

import java.util.Optional;

/**
 * The sums over a run's or a stage's calls. {@code calls} counts the calls forwarded to the endpoint;
 * {@code refusedCalls} those a budget refused. Tokens follow {@link CallUsage}'s convention.
 * {@code exhausted} is the budget that ran out for this scope, or null.
 */
public record UsageTotals(long calls, long refusedCalls, long promptTokens, long cachedTokens,
        long cacheWriteTokens, long completionTokens, long reasoningTokens, double costUsd,
        long contextLengthErrors, long endpointFailures, long usageMissing, long retries,
        BudgetExhaustion exhausted) {

    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    /** Every token read or written, each once: prompt (cache reads and writes included) plus completion. */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    public Optional<BudgetExhaustion> budgetExhausted() {
        return Optional.ofNullable(exhausted);
    }

    UsageTotals plus(CallRecord call) {
        if (!call.forwarded()) {
            return new UsageTotals(calls, refusedCalls + 1, promptTokens, cachedTokens, cacheWriteTokens,
                    completionTokens, reasoningTokens, costUsd, contextLengthErrors, endpointFailures, usageMissing,
                    retries, exhausted);
        }
        return new UsageTotals(calls + 1, refusedCalls, promptTokens + call.promptTokens(),
                cachedTokens + call.cachedTokens(), cacheWriteTokens + call.cacheWriteTokens(),
                completionTokens + call.completionTokens(), reasoningTokens + call.reasoningTokens(),
                costUsd + call.costUsd(), contextLengthErrors + (call.contextLengthError() ? 1 : 0),
                endpointFailures + (call.endpointFailure() ? 1 : 0), usageMissing + (call.usageMissing() ? 1 : 0),
                retries + call.retries(), exhausted);
    }

    UsageTotals withExhausted(BudgetExhaustion exhaustion) {
        return new UsageTotals(calls, refusedCalls, promptTokens, cachedTokens, cacheWriteTokens, completionTokens,
                reasoningTokens, costUsd, contextLengthErrors, endpointFailures, usageMissing, retries, exhaustion);
    }
}
