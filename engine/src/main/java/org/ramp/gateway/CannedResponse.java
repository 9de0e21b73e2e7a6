package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One answer a {@link LocalEndpoint} serves: an HTTP status and body (a whole chat completion, or an
 * error), optionally after a delay and with extra headers. When the request asks for a stream and
 * the status is 200, the endpoint turns the completion into chunks; {@code streamGate}, when set,
 * holds the stream after its first chunk until the latch opens or the endpoint closes (to prove
 * nobody buffers it, or, never opened, to hang mid-stream). {@code events}, when set, are sent as the
 * stream's {@code data:} payloads exactly as given (then {@code [DONE]}), whatever the request asked.
 */
public record CannedResponse(int status, String body, Duration delay, Map<String, String> headers,
        CountDownLatch streamGate, List<String> events) {
    /** A delay no test outlives: the endpoint answers when it is closed, not before. */
    public static final Duration FOREVER = Duration.ofDays(365);

    public CannedResponse {
        delay = delay == null ? Duration.ZERO : delay;
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        events = events == null ? null : List.copyOf(events);
    }

    public static CannedResponse status(int status, String body) {
        return new CannedResponse(status, body, Duration.ZERO, Map.of(), null, null);
    }

    /** An endpoint that never answers: it reads the request and sends nothing, not even headers. */
    public static CannedResponse hanging() {
        return json("{}").withDelay(FOREVER);
    }

    /** A stream of these {@code data:} payloads, sent verbatim (escapes, splits and all). */
    public static CannedResponse events(String... payloads) {
        return new CannedResponse(200, null, Duration.ZERO, Map.of(), null, List.of(payloads));
    }

    /** A 200 answer with this JSON body. */
    public static CannedResponse json(String body) {
        return status(200, body);
    }

    public static CannedResponse of(JsonNode body) {
        return json(body.toString());
    }

    /** An error in OpenAI's shape, with the type OpenAI uses for the status. */
    public static CannedResponse error(int status, String message) {
        String type = switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "api_error";
        };
        return status(status, new String(OpenAiError.body(message, type, null), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An assistant message with {@code content}, finish reason "stop", and this usage object (JSON). */
    public static CannedResponse message(String content, String usageJson) {
        ObjectNode completion = completion(usageJson);
        ObjectNode message = completion.withArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                .putObject("message");
        message.put("role", "assistant").put("content", content);
        return of(completion);
    }

    /** An assistant message calling one tool, finish reason "tool_calls", and this usage object (JSON). */
    public static CannedResponse toolCall(String callId, String name, String argumentsJson, String usageJson) {
        ObjectNode completion = completion(usageJson);
        ObjectNode message = completion.withArray("choices").addObject().put("index", 0)
                .put("finish_reason", "tool_calls").putObject("message");
        message.put("role", "assistant").putNull("content");
        message.putArray("tool_calls").addObject().put("id", callId).put("type", "function")
                .putObject("function").put("name", name).put("arguments", argumentsJson);
        return of(completion);
    }

    private static ObjectNode completion(String usageJson) {
        ObjectNode completion = Gateway.JSON.createObjectNode().put("id", "chatcmpl-local")
                .put("object", "chat.completion").put("created", 1700000000).put("model", "local-model");
        if (usageJson != null) {
            try {
                completion.set("usage", Gateway.JSON.readTree(usageJson));
            } catch (IOException e) {
                throw new IllegalArgumentException("the usage is not JSON: " + usageJson, e);
            }
        }
        return completion;
    }

    public CannedResponse withDelay(Duration value) {
        return new CannedResponse(status, body, value, headers, streamGate, events);
    }

    public CannedResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new CannedResponse(status, body, delay, more, streamGate, events);
    }

    public CannedResponse withStreamGate(CountDownLatch gate) {
        return new CannedResponse(status, body, delay, headers, gate, events);
    }

    /** The stream stops after its first chunk and never goes on: a stream that hangs. */
    public CannedResponse hangingAfterFirstChunk() {
        return withStreamGate(new CountDownLatch(1));
    }
}
