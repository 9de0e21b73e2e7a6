package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How a transcript stores a request compactly: an agent's next request repeats its previous one
 * (the system prompt, the tool definitions, every earlier message) and adds a few messages, so a
 * request is stored as what differs from an earlier request of the same transcript file, its
 * <em>base</em>:
 * {@code "base": {"id": ID, "messages": N, "fields": [F...]}} and {@code "request": {...}}, meaning:
 * the first N messages of the base's (whole) request, then the request's own {@code messages}; the
 * fields F with the base's values; every other field as given. A line without {@code base} holds its
 * whole request. The base is the one of the last few requests that shares the most leading messages.
 */
final class RequestHistory {
    /** How many recent requests are candidates for a base. */
    private static final int KEPT = 4;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Deque<Kept> recent = new ArrayDeque<>();

    private record Kept(String id, ObjectNode request) {
    }

    /** Puts {@code request} into {@code line} as {@code request} (and {@code base}). */
    void describe(ObjectNode request, ObjectNode line) {
        Kept best = null;
        int bestShared = 0;
        List<String> bestFields = List.of();
        for (Kept kept : recent) {
            int shared = sharedMessages(kept.request(), request);
            List<String> fields = sameFields(kept.request(), request);
            if (best == null || shared > bestShared || shared == bestShared && fields.size() > bestFields.size()) {
                best = kept;
                bestShared = shared;
                bestFields = fields;
            }
        }
        if (best == null || bestShared == 0 && bestFields.isEmpty()) {
            line.set("request", request);
        } else {
            ObjectNode base = line.putObject("base").put("id", best.id()).put("messages", bestShared);
            ArrayNode fields = base.putArray("fields");
            bestFields.forEach(fields::add);
            ObjectNode own = line.putObject("request");
            for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isMessages(field.getKey(), request)) {
                    ArrayNode messages = own.putArray("messages");
                    for (int i = bestShared; i < field.getValue().size(); i++) {
                        messages.add(field.getValue().get(i));
                    }
                } else if (!bestFields.contains(field.getKey())) {
                    own.set(field.getKey(), field.getValue());
                }
            }
        }
    }

    /** A request now in the file under {@code id}: a candidate base for the next ones. */
    void remember(String id, ObjectNode request) {
        recent.addFirst(new Kept(id, request));
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
    }

    /** The whole request of a line, from its own part and its base's whole request (null when it has no base). */
    static ObjectNode expand(JsonNode line, ObjectNode baseRequest) {
        JsonNode own = line.path("request");
        if (!line.has("base")) {
            return own instanceof ObjectNode object ? object : NODES.objectNode();
        }
        JsonNode base = line.get("base");
        ObjectNode whole = NODES.objectNode();
        for (JsonNode field : base.path("fields")) {
            JsonNode value = baseRequest.get(field.asText());
            if (value != null) {
                whole.set(field.asText(), value);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("messages") && field.getValue().isArray()) {
                ArrayNode messages = whole.putArray("messages");
                JsonNode shared = baseRequest.path("messages");
                for (int i = 0; i < base.path("messages").asInt() && i < shared.size(); i++) {
                    messages.add(shared.get(i));
                }
                messages.addAll((ArrayNode) field.getValue());
            } else {
                whole.set(field.getKey(), field.getValue());
            }
        }
        return whole;
    }

    private static boolean isMessages(String field, JsonNode request) {
        return field.equals("messages") && request.get(field).isArray();
    }

    private static int sharedMessages(ObjectNode base, ObjectNode request) {
        JsonNode a = base.path("messages");
        JsonNode b = request.path("messages");
        if (!a.isArray() || !b.isArray()) {
            return 0;
        }
        int shared = 0;
        while (shared < a.size() && shared < b.size() && a.get(shared).equals(b.get(shared))) {
            shared++;
        }
        return shared;
    }

    private static List<String> sameFields(ObjectNode base, ObjectNode request) {
        List<String> same = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!isMessages(field.getKey(), request) && field.getValue().equals(base.get(field.getKey()))) {
                same.add(field.getKey());
            }
        }
        return same;
    }
}
