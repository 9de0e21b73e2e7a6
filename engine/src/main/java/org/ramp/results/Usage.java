package org.ramp.results;

/**
 * LLM usage of a stage or a run, as the gateway recorded it.
 *
 * @param tokensRamp      prompt + completion + reasoning + cache-read + cache-write: RAMP's published sum,
 *                        which counts cached prompt tokens twice where prompt tokens include them
 * @param tokensCorrected every token counted once
 */
public record Usage(int calls, long promptTokens, long cachedTokens, long cacheWriteTokens, long completionTokens,
        long reasoningTokens, double costUsd, long tokensRamp, long tokensCorrected, int contextLengthErrors,
        int endpointFailures) {

    public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, promptTokens + other.promptTokens, cachedTokens + other.cachedTokens,
                cacheWriteTokens + other.cacheWriteTokens, completionTokens + other.completionTokens,
                reasoningTokens + other.reasoningTokens, costUsd + other.costUsd, tokensRamp + other.tokensRamp,
                tokensCorrected + other.tokensCorrected, contextLengthErrors + other.contextLengthErrors,
                endpointFailures + other.endpointFailures);
    }
}
