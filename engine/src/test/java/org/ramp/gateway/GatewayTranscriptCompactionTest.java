package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through a real gateway, a growing conversation is transcribed compactly (each request as what it
 * adds to an earlier one) and read back exactly: every rebuilt request equals what the endpoint
 * received, and replaying the transcript serves the same answers.
 */
class GatewayTranscriptCompactionTest {
    private static final int CALLS = 30;
    private static final String USAGE = "{\"prompt_tokens\": 5000, \"completion_tokens\": 80}";

    @TempDir
    Path root;

    @Test
    void requestsAreStoredAsWhatTheyAddAndReadBackExactly() throws Exception {
        Path transcripts = root.resolve("transcripts");
        List<CannedResponse> script = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            script.add(CannedResponse.toolCall("c" + i, "run_shell", "{\"command\": \"make step" + i + "\"}", USAGE));
        }
        List<String> answers = new ArrayList<>();
        long sent = 0;
        List<JsonNode> received;
        try (LocalEndpoint endpoint = LocalEndpoint.start(script);
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(transcripts).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED.withMaxCalls(CALLS));
            ObjectNode request = agentRequest();
            for (int i = 0; i <= CALLS; i++) {
                request.put("stream", i % 3 == 1);
                String body = request.toString();
                sent += body.length();
                String answer = chat(gateway, body).body();
                answers.add(answer);
                ArrayNode messages = (ArrayNode) request.get("messages");
                messages.addObject().put("role", "assistant").putNull("content").putArray("tool_calls").addObject()
                        .put("id", "c" + i).put("type", "function").putObject("function").put("name", "run_shell")
                        .put("arguments", "{\"command\": \"make step" + i + "\"}");
                messages.addObject().put("role", "tool").put("tool_call_id", "c" + i)
                        .put("content", ("output of step " + i + "\n").repeat(40));
                if (i == 15) {
                    // the agent's context management rewrites an old message: the shared prefix ends there
                    ((ObjectNode) messages.get(3)).put("content", "[output elided to save context]");
                }
            }
            received = endpoint.requests().stream().map(ReceivedRequest::json).toList();
            assertThat(gateway.usage("T1").refusedCalls()).isEqualTo(1);
        }

        Path file = transcripts.resolve("T1.jsonl");
        TranscriptFile transcript = TranscriptFile.read(file);
        List<TranscriptFile.Call> calls = transcript.calls();
        assertThat(calls).hasSize(CALLS + 1);
        for (int i = 0; i < CALLS; i++) {
            assertThat(calls.get(i).request()).as("request %d", i).isEqualTo(received.get(i));
        }
        // the refused call was never sent, but its request is kept as the gateway would have forwarded it
        assertThat(calls.get(CALLS).record().refusedBy()).isEqualTo(BudgetKind.CALLS);
        assertThat(calls.get(CALLS).request().path("messages")).hasSize(3 + 2 * CALLS);
        assertThat(transcript.unfinished()).isEmpty();

        List<JsonNode> lines = Files.readAllLines(file).stream().map(Gateway::parseOrNull)
                .filter(line -> line.has("record")).toList();
        assertThat(lines.get(0).has("base")).isFalse();
        assertThat(lines.get(5).at("/base/messages").asInt()).isEqualTo(3 + 2 * 4);
        assertThat(lines.get(5).at("/request/messages")).hasSize(2);
        assertThat(lines.get(16).at("/base/messages").asInt()).as("after the rewrite").isEqualTo(3);
        long size = Files.size(file);
        assertThat(size).as("compact transcript against %d bytes sent", sent).isLessThan(sent / 4);

        List<String> replayed = new ArrayList<>();
        try (LocalEndpoint replay = LocalEndpoint.replaying(List.of(file));
                Gateway gateway = Gateway.start(config(replay).transcriptDir(root.resolve("again")).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED.withMaxCalls(CALLS));
            ObjectNode request = agentRequest();
            for (int i = 0; i <= CALLS; i++) {
                request.put("stream", i % 3 == 1);
                replayed.add(chat(gateway, request.toString()).body());
            }
        }
        assertThat(replayed).isEqualTo(answers);
    }

    /** What a coding-agent CLI sends first: a long system prompt, many tools, the task. */
    static ObjectNode agentRequest() {
        ObjectNode request = TestAgent.JSON.createObjectNode().put("model", "agent-model").put("temperature", 0.2);
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You are a coding agent. ".repeat(400));
        messages.addObject().put("role", "user").put("content", "Do stage T1: write the lexer.");
        messages.addObject().put("role", "assistant").put("content", "I will look at the project first.");
        ArrayNode tools = request.putArray("tools");
        for (int t = 0; t < 20; t++) {
            ObjectNode function = tools.addObject().put("type", "function").putObject("function");
            function.put("name", "tool_" + t).put("description", ("what tool " + t + " does. ").repeat(30));
            function.putObject("parameters").put("type", "object");
        }
        return request;
    }
}
