package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the {@code usage} object of a chat-completion response, in the variants providers send, into
 * {@link CallUsage}'s single convention.
 * <ul>
 * <li>OpenAI: {@code prompt_tokens} (cache reads included), {@code completion_tokens},
 * {@code prompt_tokens_details.cached_tokens}, {@code completion_tokens_details.reasoning_tokens};</li>
 * <li>DeepSeek: {@code prompt_cache_hit_tokens} and {@code prompt_cache_miss_tokens}, whose sum is the prompt;</li>
 * <li>Anthropic: {@code input_tokens} (neither cache read nor cache write included),
 * {@code cache_read_input_tokens}, {@code cache_creation_input_tokens}, {@code output_tokens};</li>
 * <li>OpenAI's Responses API: {@code input_tokens} with {@code input_tokens_details} (cache reads
 * included there), {@code output_tokens}, {@code output_tokens_details.reasoning_tokens};</li>
 * <li>proxies that put Anthropic's cache fields beside {@code prompt_tokens}: the prompt is taken as
 * the total it is in OpenAI's format.</li>
 * </ul>
 */
public final class UsageParser {
    private UsageParser() {
    }

    /** The usage of a whole response (or of an assembled stream); {@link CallUsage#MISSING} when it has none. */
    public static CallUsage ofResponse(JsonNode response) {
        if (response == null || !response.isObject()) {
            return CallUsage.MISSING;
        }
        return of(response.get("usage"));
    }

    /** The usage object itself. */
    public static CallUsage of(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return CallUsage.MISSING;
        }
        Long promptTokens = count(usage, "prompt_tokens");
        Long inputTokens = count(usage, "input_tokens");
        Long hit = count(usage, "prompt_cache_hit_tokens");
        Long miss = count(usage, "prompt_cache_miss_tokens");
        Long cacheRead = first(count(usage.path("prompt_tokens_details"), "cached_tokens"),
                count(usage.path("input_tokens_details"), "cached_tokens"),
                count(usage, "cache_read_input_tokens"), hit);
        Long cacheWrite = first(count(usage, "cache_creation_input_tokens"),
                count(usage.path("prompt_tokens_details"), "cache_write_tokens"));
        Long completion = first(count(usage, "completion_tokens"), count(usage, "output_tokens"));
        Long reasoning = first(count(usage.path("completion_tokens_details"), "reasoning_tokens"),
                count(usage.path("output_tokens_details"), "reasoning_tokens"));

        long cached = orZero(cacheRead);
        long written = orZero(cacheWrite);
        long prompt;
        if (promptTokens != null) {
            prompt = promptTokens;
        } else if (hit != null || miss != null) {
            prompt = orZero(hit) + orZero(miss);
        } else if (inputTokens != null) {
            boolean responsesApi = usage.has("input_tokens_details");
            prompt = responsesApi ? inputTokens : inputTokens + cached + written;
        } else if (completion == null) {
            return CallUsage.MISSING;
        } else {
            prompt = 0;
        }
        return CallUsage.of(prompt, cached, written, orZero(completion), orZero(reasoning));
    }

    private static Long count(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isNumber()) {
            return null;
        }
        return Math.max(0, value.asLong());
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
