package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a call may cost at most, known before the endpoint answers, which the call holds against the
 * token and dollar budgets while it is in flight. The prompt is bounded by the request's size in
 * bytes: a token stands for at least one byte of the text it encodes, and the JSON around the text
 * is larger than the chat template the endpoint adds (images given by URL are the exception: a few
 * bytes for up to ~1,500 tokens). The completion is bounded by the request's
 * {@code max_completion_tokens} or {@code max_tokens} (times {@code n}), or, when it sets none, by
 * the gateway's default completion reservation. Cache reads are priced as uncached input, so the
 * dollar bound holds whatever is cached.
 */
record Reservation(long tokens, double costUsd) {
    static final Reservation NONE = new Reservation(0, 0);

    static Reservation of(int bodyBytes, JsonNode request, ModelPrice price, long defaultCompletionTokens) {
        long completion = defaultCompletionTokens;
        for (String field : new String[] {"max_completion_tokens", "max_tokens", "max_output_tokens"}) {
            if (request.path(field).canConvertToLong() && request.get(field).asLong() > 0) {
                completion = request.get(field).asLong();
                break;
            }
        }
        long choices = request.path("n").canConvertToLong() ? Math.max(1, request.get("n").asLong()) : 1;
        completion = saturatedProduct(completion, choices);
        CallUsage worst = CallUsage.of(bodyBytes, 0, 0, completion, 0);
        return new Reservation(bodyBytes + completion, price.cost(worst));
    }

    private static long saturatedProduct(long a, long b) {
        long product = a * b;
        return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE / 2 : product;
    }
}
