package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.request;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's User-Agent reaches the endpoint unchanged, and every call records which client made it. */
class GatewayClientIdentityTest {
    private static final String QWEN = "QwenCode/0.24.4 (linux; x64)";

    @Test
    void theAgentsUserAgentIsForwardedAndRecorded(@TempDir Path dir) throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("a", USAGE),
                CannedResponse.message("b", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(dir).build())) {
            gateway.beginStage("T0", Budgets.UNLIMITED);
            assertThat(call(gateway, QWEN).statusCode()).isEqualTo(200);
            assertThat(TestAgent.chat(gateway, request("java")).statusCode()).isEqualTo(200);

            assertThat(endpoint.requests().get(0).header("User-Agent")).isEqualTo(QWEN);
            assertThat(gateway.records().get(0).client()).isEqualTo(QWEN);
            // an agent that sends Java's own gets Java's recorded: whatever it said, not the gateway's
            assertThat(gateway.records().get(1).client()).startsWith("Java-http-client/");
            assertThat(endpoint.requests().get(1).header("User-Agent")).isEqualTo(gateway.records().get(1).client());
            TranscriptFile transcript = TranscriptFile.read(dir.resolve("T0.jsonl"));
            assertThat(transcript.calls().get(0).record().client()).isEqualTo(QWEN);
        }
    }

    @Test
    void aClientNameIsPrintableAsciiBoundedAndScrubbed() {
        Secret key = Secret.of(TestAgent.KEY);
        assertThat(Headers.value("agent\u001b]0;title\u0007 é/1")).isEqualTo("agent?]0;title? ?/1");
        assertThat(Headers.value("x".repeat(1000))).hasSize(256);
        assertThat(Headers.value("bot " + TestAgent.KEY)).isEqualTo("bot ***");
        assertThat(Headers.value("  ")).isNull();
        assertThat(key.isEmpty()).isFalse();
    }

    private static HttpResponse<String> call(Gateway gateway, String userAgent) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/chat/completions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + gateway.token()).header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(request("hi"))).build();
        return TestAgent.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
