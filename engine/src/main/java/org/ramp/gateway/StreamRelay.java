package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relays one stream of server-sent events from the endpoint to the agent, event by event as they
 * arrive, flushing after each. Every chunk goes through a {@link StreamScrubber} (keys out, even when
 * split over chunks) and into a {@link StreamAssembler} (what the transcript keeps); any other line is
 * scrubbed as text. The usage-only chunk the gateway asked for is kept from an agent that did not ask
 * for it. The final {@code [DONE]} is held back until the call is recorded ({@link #done}). If the
 * agent goes away the stream is still read to its end, so that its usage is counted.
 */
final class StreamRelay {
    private final OutputStream out;
    private final boolean stripUsageChunk;
    private final StreamAssembler assembler = new StreamAssembler();
    private final StreamScrubber scrubber = new StreamScrubber();
    private final List<String> heldDone = new ArrayList<>();
    private boolean agentGone;

    StreamRelay(OutputStream out, boolean stripUsageChunk) {
        this.out = out;
        this.stripUsageChunk = stripUsageChunk;
    }

    /** Reads the endpoint's stream to its end; an IOException means it broke off (or was cut). */
    void relay(InputStream body) throws IOException {
        List<String> event = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    event.add(line);
                    continue;
                }
                event(event);
                event.clear();
            }
        } finally {
            if (!event.isEmpty()) {
                event(event);
            }
        }
    }

    /** Lets go of the text the scrubber still holds, as one more chunk. */
    void release() {
        ObjectNode last = scrubber.flush();
        if (last != null) {
            assembler.accept(last);
            forward(List.of("data: " + last));
        }
    }

    StreamAssembler assembled() {
        return assembler;
    }

    /** The held {@code [DONE]}, once the call is recorded; then the stream is closed. */
    void done() {
        if (!heldDone.isEmpty()) {
            forward(heldDone);
        }
        close();
    }

    /** Ends the stream with an error event in OpenAI's shape (a call cut off, a stream broken off). */
    void fail(ObjectNode error) {
        forward(List.of("data: " + error));
        close();
    }

    private void event(List<String> lines) {
        String data = data(lines);
        if (data != null && data.strip().equals("[DONE]")) {
            heldDone.addAll(lines);
            return;
        }
        JsonNode chunk = data == null ? null : Gateway.parseOrNull(data);
        if (chunk == null) {
            forward(lines.stream().map(Secret::scrub).toList());
            return;
        }
        StreamScrubber.Clean clean = scrubber.accept(chunk);
        assembler.accept(clean.chunk());
        if (stripUsageChunk && StreamAssembler.isUsageOnly(clean.chunk())) {
            return;
        }
        if (!clean.changed()) {
            forward(lines.stream().map(Secret::scrub).toList());
            return;
        }
        List<String> rewritten = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("data:")) {
                rewritten.add(Secret.scrub(line));
            }
        }
        rewritten.add("data: " + clean.chunk());
        forward(rewritten);
    }

    private static String data(List<String> event) {
        StringBuilder data = null;
        for (String line : event) {
            if (line.startsWith("data:")) {
                String value = line.substring(5);
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return data == null ? null : data.toString();
    }

    /** Writes one event and flushes; after a failed write the agent counts as gone. */
    private void forward(List<String> event) {
        if (agentGone) {
            return;
        }
        try {
            StringBuilder text = new StringBuilder();
            for (String line : event) {
                text.append(line).append('\n');
            }
            text.append('\n');
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            agentGone = true;
        }
    }

    private void close() {
        try {
            out.close();
        } catch (IOException e) {
            // the agent has gone; the call is recorded
        }
    }
}
