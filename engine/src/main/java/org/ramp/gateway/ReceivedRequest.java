package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request a {@link LocalEndpoint} received, and when; header names are lower case. */
public record ReceivedRequest(String method, String path, Map<String, List<String>> headers, String body,
        Instant receivedAt) {

    public ReceivedRequest {
        headers = Map.copyOf(headers);
    }

    public ReceivedRequest(String method, String path, Map<String, List<String>> headers, String body) {
        this(method, path, headers, body, Instant.now());
    }

    /** The header's first value, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as JSON, or null when it is not JSON. */
    public JsonNode json() {
        return Gateway.parseOrNull(body);
    }
}
