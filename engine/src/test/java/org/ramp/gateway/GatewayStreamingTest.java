package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.events;
import static org.ramp.gateway.TestAgent.streamRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Streams pass through as they arrive, with their usage captured. */
class GatewayStreamingTest {
    private static final String TEXT = "Streaming through the RAMP gateway, chunk by chunk.";

    @Test
    void usageIsRequestedFromTheEndpointAndItsExtraChunkKeptFromAnAgentThatDidNotAsk() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message(TEXT, USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            HttpResponse<String> response = chat(gateway, streamRequest("hi", false));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
            JsonNode sent = endpoint.requests().get(0).json();
            assertThat(sent.at("/stream_options/include_usage").asBoolean()).isTrue();
            List<String> events = events(response.body());
            assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
            assertThat(events.size()).isGreaterThan(4);
            assertThat(events).noneMatch(e -> e.contains("\"usage\""));
            assertThat(assemble(events).at("/choices/0/message/content").asText()).isEqualTo(TEXT);

            CallRecord call = gateway.records().get(0);
            assertThat(call.stream()).isTrue();
            assertThat(call.usage()).isEqualTo(CallUsage.of(1000, 400, 0, 200, 50));
            assertThat(call.costUsd()).isPositive();
        }
    }

    @Test
    void anAgentThatAskedForUsageGetsTheUsageChunk() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message(TEXT, USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            List<String> events = events(chat(gateway, streamRequest("hi", true)).body());
            JsonNode usageChunk = TestAgent.JSON.readTree(events.get(events.size() - 2));
            assertThat(usageChunk.path("choices")).isEmpty();
            assertThat(usageChunk.at("/usage/prompt_tokens").asLong()).isEqualTo(1000);
            assertThat(gateway.records().get(0).totalTokens()).isEqualTo(1200);
        }
    }

    @Test
    void toolCallsAreStreamedAndAssembledForTheRecord() throws Exception {
        String arguments = "{\"command\": \"cmake -S . -B build && cmake --build build\"}";
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.toolCall("call_1", "run_shell", arguments, USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            List<String> events = events(chat(gateway, streamRequest("build it", false)).body());
            JsonNode message = assemble(events).at("/choices/0");
            assertThat(message.at("/message/tool_calls/0/id").asText()).isEqualTo("call_1");
            assertThat(message.at("/message/tool_calls/0/function/name").asText()).isEqualTo("run_shell");
            assertThat(message.at("/message/tool_calls/0/function/arguments").asText()).isEqualTo(arguments);
            assertThat(message.path("finish_reason").asText()).isEqualTo("tool_calls");
            assertThat(gateway.records().get(0).completionTokens()).isEqualTo(200);
        }
    }

    @Test
    void chunksReachTheAgentBeforeTheStreamEnds() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message(TEXT, USAGE).withStreamGate(gate));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/chat/completions"))
                    .header("Authorization", "Bearer " + gateway.token())
                    .POST(HttpRequest.BodyPublishers.ofString(streamRequest("hi", false))).build();
            HttpResponse<InputStream> response = TestAgent.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            // the endpoint holds the rest of the stream until the gate opens: a buffering gateway would hang here
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(10, TimeUnit.SECONDS);
            assertThat(first).startsWith("data: ").contains("\"role\":\"assistant\"");
            assertThat(gateway.records()).isEmpty();
            gate.countDown();
            String rest = reader.lines().reduce("", (a, b) -> a + b + "\n");
            assertThat(rest).endsWith("data: [DONE]\n\n");
            assertThat(gateway.records()).hasSize(1);
        }
    }

    @Test
    void aStreamedRequestThatFailsGetsTheErrorBody() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.error(400, "This model's maximum context length is 8192 tokens"));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            HttpResponse<String> response = chat(gateway, streamRequest("long", false));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("maximum context length");
            assertThat(gateway.records().get(0).contextLengthError()).isTrue();
        }
    }

    @Test
    void anEndpointThatIgnoresIncludeUsageLeavesTheCallFlagged() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message(TEXT, null));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            chat(gateway, streamRequest("hi", false));
            assertThat(gateway.records().get(0).usageMissing()).isTrue();
        }
    }

    @Test
    void localEndpointChunksReassembleToTheOriginalCompletion() throws Exception {
        CannedResponse canned = CannedResponse.toolCall("call_9", "write_file", "{\"path\": \"a.c\", \"text\": \"int main(){}\"}", USAGE);
        JsonNode original = TestAgent.JSON.readTree(canned.body());
        StreamAssembler assembler = new StreamAssembler();
        LocalEndpoint.chunks(original, true).forEach(assembler::accept);
        assertThat(assembler.result().path("choices")).isEqualTo(original.path("choices"));
        assertThat(assembler.result().path("usage")).isEqualTo(original.path("usage"));
    }

    private static JsonNode assemble(List<String> events) throws Exception {
        StreamAssembler assembler = new StreamAssembler();
        for (String event : events) {
            if (!event.equals("[DONE]")) {
                assembler.accept(TestAgent.JSON.readTree(event));
            }
        }
        return assembler.result();
    }
}
