package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stage's transcript as the gateway wrote it (see {@link Transcript} for the format): its calls in
 * the order they finished, each with its whole request rebuilt on demand from the compact lines, and
 * the calls admitted but never recorded (their process died while they were in flight). A last line
 * cut short by a crash is ignored; any other line that is not a transcript line is an error naming the
 * file and the line.
 */
public final class TranscriptFile {
    private static final int CACHED = 8;

    private final Path file;
    private final List<Call> calls = new ArrayList<>();
    private final List<Admitted> unfinished = new ArrayList<>();
    private final Map<String, JsonNode> lines = new HashMap<>();
    private final Map<String, ObjectNode> expanded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
            return size() > CACHED;
        }
    };

    /** A call that was admitted and forwarded: what it could cost at most, as held against the budgets. */
    public record Admitted(String id, String stage, long sequence, Instant start, String client, long reservedTokens,
            double reservedUsd) {
    }

    /** One recorded call. */
    public final class Call {
        private final CallRecord record;
        private final boolean endpointAnswered;
        private final JsonNode response;

        private Call(CallRecord record, boolean endpointAnswered, JsonNode response) {
            this.record = record;
            this.endpointAnswered = endpointAnswered;
            this.response = response;
        }

        public CallRecord record() {
            return record;
        }

        /** False when the gateway answered itself: a budget refusal, an unreachable endpoint, a cut call. */
        public boolean endpointAnswered() {
            return endpointAnswered;
        }

        /** The endpoint's body (a stream's assembled), or the gateway's own answer; a string when not JSON. */
        public JsonNode response() {
            return response;
        }

        /** The whole request the gateway forwarded (a copy), rebuilt from the compact lines. */
        public ObjectNode request() {
            return TranscriptFile.this.request(record.id()).deepCopy();
        }
    }

    private TranscriptFile(Path file) {
        this.file = file;
    }

    public static TranscriptFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GatewayException("cannot read transcript " + file + ": " + e.getMessage(), e);
        }
        TranscriptFile transcript = new TranscriptFile(file);
        List<String> lines = List.of(text.split("\n", -1));
        Map<String, JsonNode> admitted = new LinkedHashMap<>();
        Set<String> recorded = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = Gateway.parseOrNull(line);
            boolean last = i == lines.size() - 1;
            if (entry == null || !(entry.has("record") || entry.has("admitted"))) {
                if (last) {
                    break; // a write cut short by a crash
                }
                throw new GatewayException(file + " line " + (i + 1) + " is not a gateway transcript line");
            }
            if (entry.has("admitted")) {
                admitted.put(entry.path("admitted").path("id").asText(), entry.get("admitted"));
                continue;
            }
            CallRecord record = CallRecord.fromJson(entry.get("record"));
            recorded.add(record.id());
            transcript.lines.put(record.id(), entry);
            transcript.calls.add(transcript.new Call(record, entry.path("endpointAnswered").asBoolean(false),
                    entry.path("response")));
        }
        admitted.forEach((id, call) -> {
            if (!recorded.contains(id)) {
                transcript.unfinished.add(new Admitted(id, call.path("stage").asText(), call.path("sequence").asLong(),
                        Instant.parse(call.path("start").asText()), call.path("client").asText(null),
                        call.path("reservedTokens").asLong(), call.path("reservedUsd").asDouble()));
            }
        });
        return transcript;
    }

    public Path file() {
        return file;
    }

    /** The recorded calls, in the order they finished. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls forwarded to the endpoint whose record was never written. */
    public List<Admitted> unfinished() {
        return List.copyOf(unfinished);
    }

    private synchronized ObjectNode request(String id) {
        Deque<String> chain = new ArrayDeque<>();
        ObjectNode whole = null;
        String at = id;
        while (true) {
            ObjectNode cached = expanded.get(at);
            if (cached != null) {
                whole = cached;
                break;
            }
            JsonNode line = lines.get(at);
            if (line == null || chain.size() > lines.size()) {
                throw new GatewayException(file + ": the request of call " + id + " is stored against call " + at
                        + ", which is not in the file");
            }
            chain.push(at);
            if (!line.has("base")) {
                break;
            }
            at = line.path("base").path("id").asText();
        }
        while (!chain.isEmpty()) {
            String next = chain.pop();
            whole = RequestHistory.expand(lines.get(next), whole);
            expanded.put(next, whole);
        }
        return whole;
    }
}
