package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds a whole chat completion from its stream chunks: content, reasoning and tool calls
 * concatenated per choice, the finish reason, and the usage of the chunk that carried it. What the
 * transcript keeps of a stream, and where the gateway reads the stream's usage.
 */
final class StreamAssembler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<Integer, Choice> choices = new TreeMap<>();
    private JsonNode id;
    private JsonNode created;
    private JsonNode model;
    private JsonNode usage;
    private JsonNode error;

    /** One parsed {@code data:} payload. */
    void accept(JsonNode chunk) {
        if (!chunk.isObject()) {
            return;
        }
        id = chunk.hasNonNull("id") ? chunk.get("id") : id;
        created = chunk.hasNonNull("created") ? chunk.get("created") : created;
        model = chunk.hasNonNull("model") ? chunk.get("model") : model;
        if (chunk.hasNonNull("usage")) {
            usage = chunk.get("usage");
        }
        if (chunk.hasNonNull("error")) {
            error = chunk.get("error");
        }
        for (JsonNode choice : chunk.path("choices")) {
            choices.computeIfAbsent(choice.path("index").asInt(0), Choice::new).accept(choice);
        }
    }

    /** Whether this chunk only carries usage (no choices): the extra chunk {@code include_usage} asks for. */
    static boolean isUsageOnly(JsonNode chunk) {
        return chunk.hasNonNull("usage") && chunk.path("choices").isArray() && chunk.path("choices").isEmpty();
    }

    JsonNode error() {
        return error;
    }

    ObjectNode result() {
        ObjectNode result = NODES.objectNode();
        if (id != null) {
            result.set("id", id);
        }
        result.put("object", "chat.completion");
        if (created != null) {
            result.set("created", created);
        }
        if (model != null) {
            result.set("model", model);
        }
        ArrayNode list = result.putArray("choices");
        choices.values().forEach(choice -> list.add(choice.result()));
        if (usage != null) {
            result.set("usage", usage);
        }
        if (error != null) {
            result.set("error", error);
        }
        return result;
    }

    private static final class Choice {
        final int index;
        String role;
        StringBuilder content;
        StringBuilder reasoning;
        final Map<Integer, ToolCall> toolCalls = new TreeMap<>();
        JsonNode finishReason;

        Choice(int index) {
            this.index = index;
        }

        void accept(JsonNode choice) {
            JsonNode delta = choice.has("delta") ? choice.get("delta") : choice.path("message");
            if (delta.hasNonNull("role")) {
                role = delta.get("role").asText();
            }
            if (delta.hasNonNull("content")) {
                content = append(content, delta.get("content").asText());
            }
            for (String field : new String[] {"reasoning_content", "reasoning"}) {
                if (delta.hasNonNull(field) && delta.get(field).isTextual()) {
                    reasoning = append(reasoning, delta.get(field).asText());
                }
            }
            int position = 0;
            for (JsonNode call : delta.path("tool_calls")) {
                int callIndex = call.path("index").asInt(position++);
                toolCalls.computeIfAbsent(callIndex, ToolCall::new).accept(call);
            }
            if (choice.hasNonNull("finish_reason")) {
                finishReason = choice.get("finish_reason");
            }
        }

        private static StringBuilder append(StringBuilder text, String more) {
            return (text == null ? new StringBuilder() : text).append(more);
        }

        ObjectNode result() {
            ObjectNode result = NODES.objectNode();
            result.put("index", index);
            ObjectNode message = result.putObject("message");
            message.put("role", role == null ? "assistant" : role);
            message.put("content", content == null ? null : content.toString());
            if (reasoning != null) {
                message.put("reasoning_content", reasoning.toString());
            }
            if (!toolCalls.isEmpty()) {
                ArrayNode calls = message.putArray("tool_calls");
                toolCalls.values().forEach(call -> calls.add(call.result()));
            }
            result.set("finish_reason", finishReason == null ? NODES.nullNode() : finishReason);
            return result;
        }
    }

    private static final class ToolCall {
        final int index;
        String id;
        String type;
        String name;
        final StringBuilder arguments = new StringBuilder();

        ToolCall(int index) {
            this.index = index;
        }

        void accept(JsonNode call) {
            if (call.hasNonNull("id")) {
                id = call.get("id").asText();
            }
            if (call.hasNonNull("type")) {
                type = call.get("type").asText();
            }
            JsonNode function = call.path("function");
            if (function.hasNonNull("name")) {
                name = name == null ? function.get("name").asText() : name + function.get("name").asText();
            }
            if (function.hasNonNull("arguments")) {
                arguments.append(function.get("arguments").asText());
            }
        }

        ObjectNode result() {
            ObjectNode result = NODES.objectNode();
            if (id != null) {
                result.put("id", id);
            }
            result.put("type", type == null ? "function" : type);
            result.putObject("function").put("name", name).put("arguments", arguments.toString());
            return result;
        }
    }
}
