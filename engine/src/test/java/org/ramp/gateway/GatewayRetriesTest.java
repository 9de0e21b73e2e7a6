package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.json;
import static org.ramp.gateway.TestAgent.request;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** 429, 5xx and connection failures are retried with bounded backoff; the injected sleeper records the waits. */
class GatewayRetriesTest {
    private final TestAgent.RecordingSleeper sleeper = new TestAgent.RecordingSleeper();

    private GatewayConfig config(String endpoint, int attempts) {
        return TestAgent.config(endpoint).sleeper(sleeper)
                .retry(new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(30))).build();
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithExponentialBackoff() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.error(429, "slow down"),
                CannedResponse.error(500, "oops"), CannedResponse.error(503, "overloaded"),
                CannedResponse.message("finally", USAGE));
                Gateway gateway = Gateway.start(config(endpoint.baseUrl(), 5))) {
            HttpResponse<String> response = chat(gateway, request("hi"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).at("/choices/0/message/content").asText()).isEqualTo("finally");
            assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
            CallRecord call = gateway.records().get(0);
            assertThat(call.retries()).isEqualTo(3);
            assertThat(call.endpointFailure()).isFalse();
            assertThat(call.totalTokens()).isEqualTo(1200);
            assertThat(gateway.usage().calls()).isEqualTo(1);
            assertThat(gateway.usage().retries()).isEqualTo(3);
            assertThat(endpoint.requests()).hasSize(4).allSatisfy(r ->
                    assertThat(r.header("authorization")).isEqualTo("Bearer " + TestAgent.KEY));
        }
    }

    @Test
    void retryAfterIsHonouredUpToTheMaximumDelay() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.error(429, "wait").withHeader("Retry-After", "7"),
                CannedResponse.error(429, "wait long").withHeader("Retry-After", "3600"),
                CannedResponse.error(429, "wait ms").withHeader("retry-after-ms", "1500"),
                CannedResponse.message("ok", USAGE));
                Gateway gateway = Gateway.start(config(endpoint.baseUrl(), 5))) {
            assertThat(chat(gateway, request("hi")).statusCode()).isEqualTo(200);
            assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30),
                    Duration.ofMillis(1500));
        }
    }

    @Test
    void afterTheLastAttemptTheAgentGetsTheLastErrorAndTheCallIsAnEndpointFailure() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.error(502, "bad gateway 1"),
                CannedResponse.error(503, "unavailable 2"), CannedResponse.error(500, "broken 3"),
                CannedResponse.message("never served", USAGE));
                Gateway gateway = Gateway.start(config(endpoint.baseUrl(), 3))) {
            HttpResponse<String> response = chat(gateway, request("hi"));
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).at("/error/message").asText()).isEqualTo("broken 3");
            assertThat(sleeper.waits).hasSize(2);
            CallRecord call = gateway.records().get(0);
            assertThat(call.endpointFailure()).isTrue();
            assertThat(call.retries()).isEqualTo(2);
            assertThat(call.status()).isEqualTo(500);
            assertThat(call.error()).isEqualTo("HTTP 500: broken 3");
            assertThat(gateway.usage().endpointFailures()).isEqualTo(1);
            assertThat(endpoint.calls()).isEqualTo(3);
        }
    }

    @Test
    void clientErrorsAreNotRetried() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.error(400, "bad tool schema"));
                Gateway gateway = Gateway.start(config(endpoint.baseUrl(), 5))) {
            assertThat(chat(gateway, request("hi")).statusCode()).isEqualTo(400);
            assertThat(sleeper.waits).isEmpty();
            assertThat(gateway.records().get(0).endpointFailure()).isFalse();
        }
    }

    @Test
    void anUnreachableEndpointGives502AfterEveryAttempt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Gateway gateway = Gateway.start(config("http://127.0.0.1:" + closedPort + "/v1", 4))) {
            HttpResponse<String> response = chat(gateway, request("hi"));
            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("ramp_endpoint_unreachable");
            assertThat(json(response).at("/error/type").asText()).isEqualTo("ramp_gateway_error");
            assertThat(json(response).at("/error/message").asText()).contains("could not be reached (4 attempts)");
            assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
            CallRecord call = gateway.records().get(0);
            assertThat(call.status()).isEqualTo(502);
            assertThat(call.endpointFailure()).isTrue();
            assertThat(call.retries()).isEqualTo(3);
            assertThat(call.error()).contains("could not be reached");
            assertThat(gateway.usage().calls()).isEqualTo(1);
        }
    }
}
