package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.json;
import static org.ramp.gateway.TestAgent.post;
import static org.ramp.gateway.TestAgent.request;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted endpoint the gateway tests and the replay agent rely on, spoken to directly. */
class GatewayLocalEndpointTest {

    @Test
    void servesTheScriptInOrderRecordsRequestsAndSaysWhenItRunsOut() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("first", USAGE),
                CannedResponse.error(429, "second").withHeader("Retry-After", "2"))) {
            String url = endpoint.baseUrl() + "/chat/completions";
            HttpResponse<String> first = post(url, "Bearer k", request("a"));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(json(first).at("/choices/0/message/content").asText()).isEqualTo("first");
            assertThat(json(first).at("/usage/prompt_tokens").asLong()).isEqualTo(1000);
            HttpResponse<String> second = post(url, null, request("b"));
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("retry-after")).hasValue("2");
            HttpResponse<String> third = post(url, null, request("c"));
            assertThat(third.statusCode()).isEqualTo(500);
            assertThat(json(third).at("/error/message").asText())
                    .isEqualTo("LocalEndpoint: the script has no response left for call 3 (it had 2)");

            assertThat(endpoint.requests()).extracting(r -> r.json().at("/messages/0/content").asText())
                    .containsExactly("a", "b", "c");
            assertThat(endpoint.requests().get(0).header("Authorization")).isEqualTo("Bearer k");
            assertThat(endpoint.calls()).isEqualTo(3);
        }
    }

    @Test
    void aTranscriptScriptLeavesOutWhatTheGatewayAnsweredItself(@TempDir Path dir) throws Exception {
        Path transcript = dir.resolve("T1.jsonl");
        Files.writeString(transcript, String.join("\n",
                "{\"record\": {\"status\": 200}, \"endpointAnswered\": true, \"response\": {\"choices\": []}}",
                "{\"record\": {\"status\": 402}, \"endpointAnswered\": false, \"response\": {\"error\": {}}}",
                "{\"record\": {\"status\": 502}, \"endpointAnswered\": true, \"response\": \"<html>bad gateway</html>\"}",
                ""));
        assertThat(LocalEndpoint.fromTranscript(transcript))
                .containsExactly(CannedResponse.status(200, "{\"choices\":[]}"),
                        CannedResponse.status(502, "<html>bad gateway</html>"));
        Files.writeString(transcript, "{\"not\": \"a transcript\"}\n");
        assertThatThrownBy(() -> LocalEndpoint.fromTranscript(transcript)).hasMessageContaining("line 1");
    }
}
