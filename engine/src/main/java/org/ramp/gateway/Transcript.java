package org.ramp.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The calls of each stage, one JSON line a call, in {@code <dir>/<stage>.jsonl}:
 * {@code {"record": {...}, "endpointAnswered": true, "base": {...}, "request": {...}, "response": {...}}}.
 * {@code record} is the {@link CallRecord}; {@code request} the body sent to the endpoint, stored
 * compactly against an earlier request of the file ({@link RequestHistory}: {@code base}, when
 * present, says which); {@code response} the endpoint's body (for a stream: the message and usage
 * assembled from its chunks; for a cut call: what had arrived, or the error the agent got), or a string
 * when it was not JSON. {@code endpointAnswered} is false when the gateway answered itself (a budget
 * refusal, an unreachable endpoint, a cut call). A forwarded call also has an earlier line
 * {@code {"admitted": {"id", "stage", "sequence", "start", "client", "reservedTokens", "reservedUsd"}}},
 * written before the endpoint is asked, so that a call whose process died before it was answered
 * still counts. {@link TranscriptFile} reads a file back. Every line is scrubbed of keys.
 */
final class Transcript {
    static final String SUFFIX = ".jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Request histories of at most this many stages are kept (a stage's late calls still find theirs). */
    private static final int STAGES_KEPT = 2;

    private final Path dir;
    private final Map<String, RequestHistory> histories = new LinkedHashMap<>(4, 0.75f, true);
    private final Set<String> opened = new HashSet<>();

    Transcript(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GatewayException("cannot create the transcript folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Notes a call about to be forwarded. */
    synchronized void admitted(String id, Ledger.Admission admission, Instant start, String client,
            Reservation reservation) {
        ObjectNode line = JSON.createObjectNode();
        line.putObject("admitted").put("id", id).put("stage", admission.stage()).put("sequence", admission.sequence())
                .put("start", start.toString()).put("client", client).put("reservedTokens", reservation.tokens())
                .put("reservedUsd", reservation.costUsd());
        append(admission.stage(), line);
    }

    /** Appends one call; lines of concurrent calls never interleave. */
    synchronized void write(CallRecord record, boolean endpointAnswered, ObjectNode request, JsonNode response) {
        ObjectNode line = JSON.createObjectNode();
        line.set("record", record.toJson());
        line.put("endpointAnswered", endpointAnswered);
        RequestHistory history = history(record.stage());
        history.describe(request, line);
        line.set("response", response);
        append(record.stage(), line);
        history.remember(record.id(), request);
    }

    private RequestHistory history(String stage) {
        RequestHistory history = histories.computeIfAbsent(stage, s -> new RequestHistory());
        while (histories.size() > STAGES_KEPT) {
            histories.remove(histories.keySet().iterator().next());
        }
        return history;
    }

    private void append(String stage, ObjectNode line) {
        Path file = dir.resolve(stage + SUFFIX);
        try {
            String text = Secret.scrub(JSON.writeValueAsString(line)) + "\n";
            if (opened.add(stage)) {
                endTornLine(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a transcript line", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the transcript of stage " + stage, e);
        }
    }

    /** A file an earlier process left with a line cut short gets a line end, so that the cut line stays alone. */
    private static void endTornLine(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return;
        }
        try (RandomAccessFile random = new RandomAccessFile(file.toFile(), "r")) {
            random.seek(random.length() - 1);
            if (random.read() == '\n') {
                return;
            }
        }
        Files.writeString(file, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
