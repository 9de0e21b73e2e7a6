package org.ramp.results;

/**
 * LLM usage of a stage or a run, as the gateway recorded it.
 *
 * @param tokensRamp          prompt + completion + reasoning + cache-read + cache-write: RAMP's published sum,
 *                            which counts cached prompt tokens twice where prompt tokens include them
 * @param tokensCorrected     every token counted once
 * @param callsCut            calls the gateway cut off at their deadline (or at the stage's end)
 * @param endpointSecondsLost wall time the endpoint held in calls that were its failure (unreachable,
 *                            failing after retries, or hung until cut)
 */
public record Usage(int calls, long promptTokens, long cachedTokens, long cacheWriteTokens, long completionTokens,
        long reasoningTokens, double costUsd, long tokensRamp, long tokensCorrected, int contextLengthErrors,
        int endpointFailures, int callsCut, double endpointSecondsLost) {

    public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Usage without the cut-call fields (0), as run.json had it before they existed. */
    public Usage(int calls, long promptTokens, long cachedTokens, long cacheWriteTokens, long completionTokens,
            long reasoningTokens, double costUsd, long tokensRamp, long tokensCorrected, int contextLengthErrors,
            int endpointFailures) {
        this(calls, promptTokens, cachedTokens, cacheWriteTokens, completionTokens, reasoningTokens, costUsd, tokensRamp,
                tokensCorrected, contextLengthErrors, endpointFailures, 0, 0);
    }

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, promptTokens + other.promptTokens, cachedTokens + other.cachedTokens,
                cacheWriteTokens + other.cacheWriteTokens, completionTokens + other.completionTokens,
                reasoningTokens + other.reasoningTokens, costUsd + other.costUsd, tokensRamp + other.tokensRamp,
                tokensCorrected + other.tokensCorrected, contextLengthErrors + other.contextLengthErrors,
                endpointFailures + other.endpointFailures, callsCut + other.callsCut,
                endpointSecondsLost + other.endpointSecondsLost);
    }
}
