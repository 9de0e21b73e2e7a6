package org.ramp.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The calls of each stage, one JSON line a call, in {@code <dir>/<stage>.jsonl}:
 * {@code {"record": {...}, "endpointAnswered": true, "request": {...}, "response": {...}}}.
 * {@code request} is the body sent to the endpoint; {@code response} the endpoint's body (for a
 * stream: the message and usage assembled from its chunks), or a string when it was not JSON.
 * {@code endpointAnswered} is false when the gateway answered itself (a budget refusal, an unreachable
 * endpoint). Every line is scrubbed of the key before it is written.
 */
final class Transcript {
    static final String SUFFIX = ".jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Secret key;

    Transcript(Path dir, Secret key) {
        this.dir = dir;
        this.key = key;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GatewayException("cannot create the transcript folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Appends one call; lines of concurrent calls never interleave. */
    synchronized void write(CallRecord record, boolean endpointAnswered, JsonNode request, JsonNode response) {
        ObjectNode line = JSON.createObjectNode();
        line.set("record", record.toJson());
        line.put("endpointAnswered", endpointAnswered);
        line.set("request", request);
        line.set("response", response);
        try {
            String text = key.scrub(JSON.writeValueAsString(line)) + "\n";
            Files.writeString(dir.resolve(record.stage() + SUFFIX), text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a transcript line", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the transcript of stage " + record.stage(), e);
        }
    }
}
