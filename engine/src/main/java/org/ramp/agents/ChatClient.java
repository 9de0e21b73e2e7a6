package org.ramp.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ramp.gateway.ContextLength;
import org.ramp.gateway.OpenAiError;

/** A minimal OpenAI-compatible chat-completions client (non-streaming, with tools). */
public final class ChatClient {
    /** How the builtin agent names itself to the gateway, which records the client of every call. */
    public static final String USER_AGENT = "ramp-builtin-agent/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AgentTask.ModelAccess access;
    private final Duration timeout;

    public ChatClient(AgentTask.ModelAccess access, Duration timeout) {
        this.access = access;
        this.timeout = timeout;
    }

    /** One answer of the model. */
    public record Reply(JsonNode message, String finishReason, long promptTokens) {
        public boolean hasToolCalls() {
            return message.path("tool_calls").isArray() && !message.path("tool_calls").isEmpty();
        }

        public String content() {
            return message.path("content").asText("");
        }
    }

    public Reply complete(ArrayNode messages, ArrayNode tools, double temperature)
            throws ChatException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", access.model());
        body.set("messages", messages);
        if (tools != null && !tools.isEmpty()) {
            body.set("tools", tools);
            body.put("tool_choice", "auto");
        }
        body.put("temperature", temperature);
        HttpRequest request = HttpRequest.newBuilder(URI.create(access.baseUrl() + "/chat/completions"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + access.token())
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChatException(ChatException.Kind.ENDPOINT, 0, "", "the gateway cannot be reached: " + e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200) {
            throw error(response.statusCode(), answer, response.body());
        }
        JsonNode choice = answer.path("choices").path(0);
        if (choice.isMissingNode() || !choice.path("message").isObject()) {
            throw new ChatException(ChatException.Kind.ENDPOINT, response.statusCode(), "",
                    "the answer has no message: " + clip(response.body()));
        }
        return new Reply(choice.get("message"), choice.path("finish_reason").asText(""),
                answer.path("usage").path("prompt_tokens").asLong(0));
    }

    private static ChatException error(int status, JsonNode answer, String raw) {
        JsonNode error = answer.path("error");
        String code = error.path("code").asText(error.path("type").asText(""));
        String message = error.path("message").asText(clip(raw));
        ChatException.Kind kind;
        if (OpenAiError.BUDGET_EXHAUSTED.equals(code)) {
            kind = ChatException.Kind.BUDGET;
        } else if (ContextLength.isContextLengthError(status, raw)) {
            kind = ChatException.Kind.CONTEXT_LENGTH;
        } else if (status >= 500 || status == 429 || status == 401 || status == 403 || status == 404) {
            kind = ChatException.Kind.ENDPOINT;
        } else {
            kind = ChatException.Kind.REJECTED;
        }
        return new ChatException(kind, status, code, "HTTP " + status + ": " + message);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
