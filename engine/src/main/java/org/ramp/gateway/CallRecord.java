package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One call an agent made through the gateway. {@code id} names it uniquely in the run (a gateway
 * session and the sequence, since every process that serves part of a run numbers from 1);
 * {@code sequence} numbers the session's calls from 1; {@code status} is what the agent got (for a
 * stream cut after its 200 went out: the status of the error event that ended it). {@code client} is
 * the agent program's User-Agent (null when it sent none). Tokens follow {@link CallUsage}'s
 * convention, priced at {@code model}'s price. Flags: {@code usageMissing} (the response had no usage;
 * tokens are 0), {@code contextLengthError} (the endpoint said the prompt exceeds the context window),
 * {@code endpointFailure} (the endpoint could not be reached, kept failing after every retry, refused
 * the key, or hung: a cut call it held for far longer than it takes to answer), {@code refusedBy} (a
 * budget refused the call: the endpoint was not contacted; null otherwise), {@code cut} (the gateway
 * cut the call off before the endpoint had answered in full, and why; null otherwise).
 * {@code error} is the error's message, never the key; null when the call succeeded.
 */
public record CallRecord(String id, String stage, long sequence, Instant start, long latencyMs, int status,
        String model, String client, boolean stream, long promptTokens, long cachedTokens, long cacheWriteTokens,
        long completionTokens, long reasoningTokens, double costUsd, boolean usageMissing,
        boolean contextLengthError, boolean endpointFailure, BudgetKind refusedBy, CutReason cut, int retries,
        String error) {

    /** Every token read or written, each once. */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    /** Whether the endpoint was asked at all (not refused by a budget). */
    public boolean forwarded() {
        return refusedBy == null;
    }

    public CallUsage usage() {
        return new CallUsage(promptTokens, cachedTokens, cacheWriteTokens, completionTokens, reasoningTokens,
                usageMissing);
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id).put("stage", stage).put("sequence", sequence).put("start", start.toString())
                .put("latencyMs", latencyMs).put("status", status).put("model", model).put("client", client)
                .put("stream", stream).put("forwarded", forwarded())
                .put("promptTokens", promptTokens).put("cachedTokens", cachedTokens)
                .put("cacheWriteTokens", cacheWriteTokens).put("completionTokens", completionTokens)
                .put("reasoningTokens", reasoningTokens).put("costUsd", costUsd).put("usageMissing", usageMissing)
                .put("contextLengthError", contextLengthError).put("endpointFailure", endpointFailure)
                .put("refusedBy", refusedBy == null ? null : refusedBy.word())
                .put("cut", cut == null ? null : cut.word()).put("retries", retries)
                .put("error", error);
        return json;
    }

    /** A record as {@link #toJson} wrote it (records written before ids existed get "stage-sequence"). */
    public static CallRecord fromJson(JsonNode json) {
        String refused = json.path("refusedBy").asText(null);
        BudgetKind kind = null;
        if (refused != null) {
            for (BudgetKind candidate : BudgetKind.values()) {
                if (candidate.word().equals(refused)) {
                    kind = candidate;
                }
            }
        }
        String stage = json.path("stage").asText();
        long sequence = json.path("sequence").asLong();
        return new CallRecord(json.path("id").asText(stage + "-" + sequence), stage, sequence,
                start(json.path("start").asText()), json.path("latencyMs").asLong(),
                json.path("status").asInt(), json.path("model").asText(null), json.path("client").asText(null),
                json.path("stream").asBoolean(),
                json.path("promptTokens").asLong(), json.path("cachedTokens").asLong(),
                json.path("cacheWriteTokens").asLong(), json.path("completionTokens").asLong(),
                json.path("reasoningTokens").asLong(), json.path("costUsd").asDouble(),
                json.path("usageMissing").asBoolean(), json.path("contextLengthError").asBoolean(),
                json.path("endpointFailure").asBoolean(), kind, CutReason.byWord(json.path("cut").asText(null)),
                json.path("retries").asInt(), json.path("error").asText(null));
    }

    private static Instant start(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
