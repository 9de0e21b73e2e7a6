package org.ramp.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

/** Header values between agent and endpoint: the few relayed back to the agent, and the agent's client name. */
final class Headers {
    /** Endpoint headers an agent may need (besides the content type), relayed scrubbed. */
    private static final List<String> RELAYED = List.of("retry-after", "retry-after-ms", "x-request-id");
    private static final int MAX_LENGTH = 256;

    private Headers() {
    }

    /** Copies the endpoint's relayed headers to the agent's answer. */
    static void relay(HttpResponse<InputStream> response, HttpExchange exchange) {
        for (String name : RELAYED) {
            response.headers().firstValue(name).map(Headers::value)
                    .ifPresent(value -> exchange.getResponseHeaders().set(name, value));
        }
    }

    /**
     * A header value as it may be relayed or recorded: scrubbed, printable ASCII only (anything else
     * becomes '?', so that no control character reaches a log), at most 256 characters; null when blank.
     */
    static String value(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = Secret.scrub(value.strip());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < clean.length() && text.length() < MAX_LENGTH; i++) {
            char c = clean.charAt(i);
            text.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return text.toString();
    }
}
