package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Error bodies in OpenAI's shape, {@code {"error": {"message", "type", "code"}}}, which every client parses. */
public final class OpenAiError {
    /** The error code of a call the gateway refused because a budget is used up. */
    public static final String BUDGET_EXHAUSTED = "ramp_budget_exhausted";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiError() {
    }

    static ObjectNode json(String message, String type, String code) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", type).put("code", code).putNull("param");
        return body;
    }

    static byte[] body(String message, String type, String code) {
        return bytes(json(message, type, code));
    }

    static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message of an error body in OpenAI's or Anthropic's shape, else the start of the text. */
    static String messageOf(JsonNode body, String text) {
        if (body != null) {
            JsonNode error = body.path("error");
            if (error.hasNonNull("message")) {
                return error.get("message").asText();
            }
            if (error.isTextual()) {
                return error.asText();
            }
            if (body.hasNonNull("message")) {
                return body.get("message").asText();
            }
        }
        if (text == null || text.isBlank()) {
            return "(no body)";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
