package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the gateway tests share: an agent speaking plain HTTP to the gateway, a key, a clock and a sleeper. */
final class TestAgent {
    static final String KEY = "sk-ramp-test-4f1c9b7e2d8a6035c1e9";
    static final String USAGE = "{\"prompt_tokens\": 1000, \"completion_tokens\": 200, \"total_tokens\": 1200,"
            + " \"prompt_tokens_details\": {\"cached_tokens\": 400}, \"completion_tokens_details\": {\"reasoning_tokens\": 50}}";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestAgent() {
    }

    /** A config for a gateway in front of {@code endpoint}: model gpt-4o (priced by the defaults), no retry waits. */
    static GatewayConfig.Builder config(LocalEndpoint endpoint) {
        return config(endpoint.baseUrl());
    }

    static GatewayConfig.Builder config(String endpoint) {
        return GatewayConfig.builder(endpoint, Secret.of(KEY), "gpt-4o")
                .retry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5)))
                .sleeper(new RecordingSleeper());
    }

    static String request(String content) {
        return "{\"model\": \"whatever-the-agent-says\", \"messages\": [{\"role\": \"user\", \"content\": \""
                + content + "\"}]}";
    }

    static String streamRequest(String content, boolean includeUsage) {
        return "{\"model\": \"m\", \"stream\": true" + (includeUsage ? ", \"stream_options\": {\"include_usage\": true}" : "")
                + ", \"messages\": [{\"role\": \"user\", \"content\": \"" + content + "\"}]}";
    }

    static HttpResponse<String> chat(Gateway gateway, String body) throws Exception {
        return post(gateway.baseUrl() + "/chat/completions", "Bearer " + gateway.token(), body);
    }

    static HttpResponse<String> post(String url, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** The {@code data:} payloads of a server-sent-event body, [DONE] included. */
    static List<String> events(String body) {
        return body.lines().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();
    }

    /** Waits are recorded, not slept. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
