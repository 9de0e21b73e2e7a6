package org.ramp.gateway;

import java.util.Optional;

/**
 * The sums over a run's or a stage's calls. {@code calls} counts the calls forwarded to the endpoint;
 * {@code refusedCalls} those a budget refused; {@code callsCut} the forwarded calls the gateway cut
 * off at their deadline (or at the stage's end). Tokens follow {@link CallUsage}'s convention.
 * {@code endpointSecondsLost} is the wall time the endpoint held in calls that were its failure (it
 * could not be reached, kept failing, or hung until the call was cut): time the agent lost to the
 * endpoint. {@code exhausted} is the budget that ran out for this scope, or null.
 */
public record UsageTotals(long calls, long refusedCalls, long callsCut, long promptTokens, long cachedTokens,
        long cacheWriteTokens, long completionTokens, long reasoningTokens, double costUsd,
        long contextLengthErrors, long endpointFailures, double endpointSecondsLost, long usageMissing,
        long retries, BudgetExhaustion exhausted) {

    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    /** Every token read or written, each once: prompt (cache reads and writes included) plus completion. */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    public Optional<BudgetExhaustion> budgetExhausted() {
        return Optional.ofNullable(exhausted);
    }

    /** These totals and one more call. */
    public UsageTotals plus(CallRecord call) {
        if (!call.forwarded()) {
            return new UsageTotals(calls, refusedCalls + 1, callsCut, promptTokens, cachedTokens, cacheWriteTokens,
                    completionTokens, reasoningTokens, costUsd, contextLengthErrors, endpointFailures,
                    endpointSecondsLost, usageMissing, retries, exhausted);
        }
        return new UsageTotals(calls + 1, refusedCalls, callsCut + (call.cut() != null ? 1 : 0),
                promptTokens + call.promptTokens(), cachedTokens + call.cachedTokens(),
                cacheWriteTokens + call.cacheWriteTokens(), completionTokens + call.completionTokens(),
                reasoningTokens + call.reasoningTokens(), costUsd + call.costUsd(),
                contextLengthErrors + (call.contextLengthError() ? 1 : 0),
                endpointFailures + (call.endpointFailure() ? 1 : 0),
                endpointSecondsLost + (call.endpointFailure() ? call.latencyMs() / 1000.0 : 0),
                usageMissing + (call.usageMissing() ? 1 : 0), retries + call.retries(), exhausted);
    }

    UsageTotals withExhausted(BudgetExhaustion exhaustion) {
        return new UsageTotals(calls, refusedCalls, callsCut, promptTokens, cachedTokens, cacheWriteTokens,
                completionTokens, reasoningTokens, costUsd, contextLengthErrors, endpointFailures,
                endpointSecondsLost, usageMissing, retries, exhaustion);
    }
}
