package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes keys out of a stream of chat-completion chunks, including a key the endpoint split over
 * several chunks. Each text channel (a choice's content, reasoning, each tool call's arguments) is
 * scrubbed as one decoded text: a chunk's piece is joined to what was held back from the previous
 * one, cleaned, and its tail that could be the beginning of a key is held back in turn, so the agent
 * receives a channel's text at most one key's (encoded) length late. What is held is let go with the
 * choice's finish chunk, or by {@link #flush} when the stream ends without one.
 */
final class StreamScrubber {
    private static final List<String> TEXT_FIELDS = List.of("content", "reasoning_content", "reasoning");
    private static final String TOOL = "tool:";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Per choice index, per channel, the text held back. */
    private final Map<Integer, Map<String, String>> held = new LinkedHashMap<>();
    private JsonNode envelope;

    /** A chunk as it may go to the agent; {@code changed} says whether it differs from the endpoint's. */
    record Clean(JsonNode chunk, boolean changed) {
    }

    Clean accept(JsonNode chunk) {
        JsonNode scrubbed = Secret.scrub(chunk);
        if (!(scrubbed instanceof ObjectNode object) || !object.path("choices").isArray()) {
            return new Clean(scrubbed, scrubbed != chunk);
        }
        envelope = object;
        ObjectNode out = object.deepCopy();
        for (JsonNode choice : out.get("choices")) {
            if (!(choice instanceof ObjectNode choiceObject) || !(choice.get("delta") instanceof ObjectNode delta)) {
                continue;
            }
            int index = choice.path("index").asInt(0);
            Map<String, String> channels = held.computeIfAbsent(index, i -> new LinkedHashMap<>());
            for (String field : TEXT_FIELDS) {
                if (delta.path(field).isTextual()) {
                    delta.put(field, pass(channels, field, delta.get(field).asText()));
                }
            }
            for (JsonNode call : delta.path("tool_calls")) {
                JsonNode function = call.path("function");
                if (function instanceof ObjectNode functionObject && function.path("arguments").isTextual()) {
                    functionObject.put("arguments", pass(channels, TOOL + call.path("index").asInt(0),
                            function.get("arguments").asText()));
                }
            }
            if (choiceObject.hasNonNull("finish_reason")) {
                release(channels, delta);
            }
        }
        return new Clean(out, scrubbed != chunk || !out.equals(object));
    }

    /** A last chunk carrying whatever is still held, or null when nothing is. */
    ObjectNode flush() {
        ObjectNode chunk = NODES.objectNode();
        for (String field : List.of("id", "object", "created", "model")) {
            if (envelope != null && envelope.hasNonNull(field)) {
                chunk.set(field, envelope.get(field));
            }
        }
        ArrayNode choices = chunk.putArray("choices");
        held.forEach((index, channels) -> {
            if (channels.values().stream().anyMatch(text -> !text.isEmpty())) {
                ObjectNode choice = choices.addObject().put("index", index);
                release(channels, choice.putObject("delta"));
                choice.putNull("finish_reason");
            }
        });
        return choices.isEmpty() ? null : chunk;
    }

    private static String pass(Map<String, String> channels, String channel, String piece) {
        String text = Secret.scrub(channels.getOrDefault(channel, "") + piece);
        int from = Secret.heldFrom(text);
        channels.put(channel, text.substring(from));
        return text.substring(0, from);
    }

    /** Appends what is held to the delta, channel by channel, and forgets it. */
    private static void release(Map<String, String> channels, ObjectNode delta) {
        for (Iterator<Map.Entry<String, String>> it = channels.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, String> channel = it.next();
            it.remove();
            if (channel.getValue().isEmpty()) {
                continue;
            }
            if (channel.getKey().startsWith(TOOL)) {
                int index = Integer.parseInt(channel.getKey().substring(TOOL.length()));
                ArrayNode calls = delta.get("tool_calls") instanceof ArrayNode list ? list : delta.putArray("tool_calls");
                calls.addObject().put("index", index).putObject("function").put("arguments", channel.getValue());
            } else {
                delta.put(channel.getKey(), delta.path(channel.getKey()).asText("") + channel.getValue());
            }
        }
    }
}
