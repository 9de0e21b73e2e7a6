package org.ramp.gateway;

import java.util.List;
import java.util.Locale;

/**
 * Recognises the endpoint's "the prompt exceeds the context window" answer, which RAMP's failure
 * taxonomy counts as a context failure. Providers answer HTTP 400 (some 413) with one of a few
 * phrasings; there is no standard code.
 */
public final class ContextLength {
    private static final List<String> PHRASES = List.of(
            "context_length_exceeded", "context length", "context_length", "maximum context", "context window",
            "prompt is too long", "too many tokens", "input is too long", "input too long", "tokens exceeds",
            "exceeds the maximum number of tokens", "reduce the length of the messages", "string_above_max_length");

    private ContextLength() {
    }

    public static boolean isContextLengthError(int status, String body) {
        if ((status != 400 && status != 413) || body == null) {
            return false;
        }
        return mentionsContextLength(body);
    }

    /** Whether an error text speaks of the context window, whatever the status it came with. */
    public static boolean mentionsContextLength(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return PHRASES.stream().anyMatch(lower::contains);
    }
}
