package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size of a 500-call transcript (RAMP's call budget) of a conversation that grows like a real
 * coding-agent CLI's: a first request of about 97 KB (a long system prompt and many tool definitions,
 * as Qwen Code sends), then each turn an assistant tool call and its output (0.5 to 6 KB), with the
 * agent's context management eliding old outputs when the request nears 400 KB (about 100k tokens).
 * "Before" is the old format, a whole request a line; "after" the file the gateway's transcript writes
 * now. Every request is read back and compared with the one written. Prints the figures:
 * {@code mvn -pl engine -am test -Dtest=TranscriptSizeTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TranscriptSizeTest {
    private static final int CALLS = 500;

    @Test
    void fiveHundredCallsOfAGrowingConversation(@TempDir Path dir) throws Exception {
        Transcript transcript = new Transcript(dir);
        Conversation conversation = new Conversation();
        long before = 0;
        long thirteen = 0;
        long largest = 0;
        for (int i = 1; i <= CALLS; i++) {
            ObjectNode request = conversation.next();
            CallRecord record = record(i);
            ObjectNode response = response(i);
            ObjectNode whole = TestAgent.JSON.createObjectNode();
            whole.set("record", record.toJson());
            whole.put("endpointAnswered", true);
            whole.set("request", request);
            whole.set("response", response);
            long line = TestAgent.JSON.writeValueAsBytes(whole).length + 1;
            before += line;
            largest = Math.max(largest, line);
            transcript.write(record, true, request, response);
            if (i == 13) {
                thirteen = before;
            }
        }
        Path file = dir.resolve("T0.jsonl");
        long after = Files.size(file);

        TranscriptFile read = TranscriptFile.read(file);
        List<TranscriptFile.Call> calls = read.calls();
        assertThat(calls).hasSize(CALLS);
        Conversation again = new Conversation();
        for (TranscriptFile.Call call : calls) {
            assertThat(call.request()).as(call.record().id()).isEqualTo(again.next());
        }
        System.out.printf(Locale.ROOT, "TRANSCRIPT-SIZE %d calls: before %.1f MB (first 13 calls %.2f MB, largest"
                + " line %.0f KB), after %.2f MB (%.1f%%), %.1f KB a call%n", CALLS, before / 1e6, thirteen / 1e6,
                largest / 1e3, after / 1e6, 100.0 * after / before, after / 1e3 / CALLS);
        assertThat(before).isGreaterThan(100_000_000L);
        assertThat(after).isLessThan(before / 20);
    }

    private static CallRecord record(int sequence) {
        return new CallRecord("bench-" + sequence, "T0", sequence, Instant.parse("2026-01-01T00:00:00Z"), 4200, 200,
                "gpt-4o", "QwenCode/0.24.4 (linux; x64)", true, 30_000, 25_000, 0, 120, 0, 0.02, false, false, false,
                null, null, 0, null);
    }

    private static ObjectNode response(int sequence) {
        ObjectNode response = TestAgent.JSON.createObjectNode().put("id", "chatcmpl-" + sequence)
                .put("object", "chat.completion");
        ObjectNode message = response.putArray("choices").addObject().put("index", 0)
                .put("finish_reason", "tool_calls").putObject("message").put("role", "assistant");
        message.putNull("content");
        message.putArray("tool_calls").addObject().put("id", "call_" + sequence).put("type", "function")
                .putObject("function").put("name", "run_shell_command")
                .put("arguments", "{\"command\": \"cmake --build build -j2 2>&1 | tail -n 40\"}");
        response.putObject("usage").put("prompt_tokens", 30_000).put("completion_tokens", 120);
        return response;
    }

    /** A deterministic agent conversation: the same requests every time it is made. */
    private static final class Conversation {
        private static final int WINDOW_BYTES = 400_000;
        private static final int KEEP_RECENT = 8;
        private final Random random = new Random(7);
        private final ObjectNode request = TestAgent.JSON.createObjectNode();
        private int turn;

        Conversation() {
            request.put("model", "gpt-4o").put("temperature", 0.2).put("stream", true);
            request.putObject("stream_options").put("include_usage", true);
            ArrayNode messages = request.putArray("messages");
            messages.addObject().put("role", "system").put("content", text(12_000));
            messages.addObject().put("role", "user").put("content", "Read TASK.md in /workspace and do the stage.");
            ArrayNode tools = request.putArray("tools");
            for (int t = 0; t < 17; t++) {
                ObjectNode function = tools.addObject().put("type", "function").putObject("function");
                function.put("name", "tool_" + t).put("description", text(4_000));
                function.putObject("parameters").put("type", "object").putObject("properties").putObject("path")
                        .put("type", "string").put("description", text(900));
            }
        }

        /** The next request: the previous one, the model's tool call and its output. */
        ObjectNode next() {
            if (turn > 0) {
                ArrayNode messages = (ArrayNode) request.get("messages");
                ObjectNode call = messages.addObject().put("role", "assistant");
                call.putNull("content");
                call.putArray("tool_calls").addObject().put("id", "call_" + turn).put("type", "function")
                        .putObject("function").put("name", "run_shell_command")
                        .put("arguments", "{\"command\": \"cmake --build build -j2 2>&1 | tail -n " + turn + "\"}");
                messages.addObject().put("role", "tool").put("tool_call_id", "call_" + turn)
                        .put("content", text(500 + random.nextInt(5_500)));
                if (request.toString().length() > WINDOW_BYTES) {
                    for (int i = 2; i < messages.size() - KEEP_RECENT; i++) {
                        ObjectNode message = (ObjectNode) messages.get(i);
                        if (message.path("role").asText().equals("tool") && message.path("content").asText().length() > 200) {
                            message.put("content", "[output elided: " + message.path("content").asText().length()
                                    + " characters]");
                        }
                    }
                }
            }
            turn++;
            return request.deepCopy();
        }

        private String text(int length) {
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                text.append("word").append(random.nextInt(10_000)).append(random.nextInt(12) == 0 ? "\n" : " ");
            }
            return text.substring(0, length);
        }
    }
}
