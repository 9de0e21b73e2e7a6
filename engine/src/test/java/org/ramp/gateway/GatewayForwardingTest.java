package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ramp.gateway.TestAgent.KEY;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.json;
import static org.ramp.gateway.TestAgent.post;
import static org.ramp.gateway.TestAgent.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real HTTP from an agent through the gateway to a scripted endpoint. */
class GatewayForwardingTest {

    @Test
    void forwardsWithTheRealKeyAndTheConfiguredModelAndTheAgentNeverSeesTheKey() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("hello there", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).temperature(0.2).build())) {
            HttpResponse<String> response = chat(gateway, request("hi"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).at("/choices/0/message/content").asText()).isEqualTo("hello there");
            assertThat(response.body()).doesNotContain(KEY);
            assertThat(response.headers().map().toString()).doesNotContain(KEY);

            ReceivedRequest received = endpoint.requests().get(0);
            assertThat(received.path()).isEqualTo("/v1/chat/completions");
            assertThat(received.header("authorization")).isEqualTo("Bearer " + KEY);
            assertThat(received.headers().toString() + received.body()).doesNotContain(gateway.token());
            assertThat(received.json().path("model").asText()).isEqualTo("gpt-4o");
            assertThat(received.json().path("temperature").asDouble()).isEqualTo(0.2);
            assertThat(received.json().at("/messages/0/content").asText()).isEqualTo("hi");
            assertThat(gateway.token()).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void theAgentsTemperatureIsKept() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("ok", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).temperature(0.2).build())) {
            chat(gateway, "{\"model\": \"x\", \"temperature\": 0.9, \"messages\": []}");
            assertThat(endpoint.requests().get(0).json().path("temperature").asDouble()).isEqualTo(0.9);
        }
    }

    @Test
    void aCallIsRecordedAndPriced() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("ok", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED);
            chat(gateway, request("hi"));

            CallRecord call = gateway.records().get(0);
            assertThat(call.stage()).isEqualTo("T1");
            assertThat(call.sequence()).isEqualTo(1);
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.model()).isEqualTo("gpt-4o");
            assertThat(call.usage()).isEqualTo(CallUsage.of(1000, 400, 0, 200, 50));
            // gpt-4o: 2.50 in, 1.25 cached, 10.00 out per million
            assertThat(call.costUsd()).isCloseTo((600 * 2.5 + 400 * 1.25 + 200 * 10.0) / 1e6, within(1e-12));
            assertThat(call.error()).isNull();
            assertThat(call.retries()).isZero();
            assertThat(call.latencyMs()).isGreaterThanOrEqualTo(0);
            UsageTotals totals = gateway.usage("T1");
            assertThat(totals.calls()).isEqualTo(1);
            assertThat(totals.totalTokens()).isEqualTo(1200);
            assertThat(totals.costUsd()).isEqualTo(call.costUsd());
            assertThat(gateway.usage()).isEqualTo(totals);
            assertThat(gateway.usage("T9")).isEqualTo(UsageTotals.ZERO);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "openai   | {\"prompt_tokens\": 300, \"completion_tokens\": 40, \"prompt_tokens_details\": {\"cached_tokens\": 100}, \"completion_tokens_details\": {\"reasoning_tokens\": 30}} | 300 | 100 | 0  | 40 | 30",
        "deepseek | {\"prompt_tokens\": 300, \"completion_tokens\": 40, \"prompt_cache_hit_tokens\": 100, \"prompt_cache_miss_tokens\": 200} | 300 | 100 | 0 | 40 | 0",
        "anthropic| {\"input_tokens\": 150, \"cache_read_input_tokens\": 100, \"cache_creation_input_tokens\": 50, \"output_tokens\": 40} | 300 | 100 | 50 | 40 | 0"})
    void usageVariantsAreRecordedInOneConvention(String provider, String usage, long prompt, long cached,
            long cacheWrite, long completion, long reasoning) throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("ok", usage));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            chat(gateway, request("hi"));
            CallRecord call = gateway.records().get(0);
            assertThat(call.usage()).isEqualTo(CallUsage.of(prompt, cached, cacheWrite, completion, reasoning));
            assertThat(call.usageMissing()).isFalse();
        }
    }

    @Test
    void aResponseWithoutUsageIsFlagged() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("ok", null));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            assertThat(chat(gateway, request("hi")).statusCode()).isEqualTo(200);
            CallRecord call = gateway.records().get(0);
            assertThat(call.usageMissing()).isTrue();
            assertThat(call.totalTokens()).isZero();
            assertThat(gateway.usage().usageMissing()).isEqualTo(1);
        }
    }

    @Test
    void wrongOrMissingTokensGet401AndNeverReachTheEndpoint() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("ok", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            String url = gateway.baseUrl() + "/chat/completions";
            for (String authorization : new String[] {null, "Bearer wrong", "Bearer " + KEY, gateway.token()}) {
                HttpResponse<String> response = post(url, authorization, request("hi"));
                assertThat(response.statusCode()).isEqualTo(401);
                JsonNode error = json(response).path("error");
                assertThat(error.path("message").asText()).contains("token");
                assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
                assertThat(error.path("code").asText()).isEqualTo("invalid_api_key");
            }
            assertThat(endpoint.requests()).isEmpty();
            assertThat(gateway.records()).isEmpty();

            HttpResponse<String> viaApiKey = TestAgent.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("api-key", gateway.token()).POST(HttpRequest.BodyPublishers.ofString(request("hi")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(viaApiKey.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesModelsAndTheShortPathAndRejectsTheRest() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("ok", USAGE));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            String root = "http://127.0.0.1:" + gateway.port();
            HttpResponse<String> models = TestAgent.HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/models"))
                    .header("Authorization", "Bearer " + gateway.token()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(models.statusCode()).isEqualTo(200);
            assertThat(json(models).at("/data/0/id").asText()).isEqualTo("gpt-4o");

            assertThat(post(root + "/chat/completions", "Bearer " + gateway.token(), request("hi")).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> unknown = post(root + "/v1/embeddings", "Bearer " + gateway.token(), "{}");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(json(unknown).at("/error/message").asText()).contains("/v1/chat/completions");
            HttpResponse<String> notJson = chat(gateway, "not json");
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(json(notJson).at("/error/code").asText()).isEqualTo("invalid_json");
            assertThat(endpoint.requests()).hasSize(1);
        }
    }

    @Test
    void anUnknownModelStopsTheGatewayFromStartingUnlessPriced() {
        try (LocalEndpoint endpoint = LocalEndpoint.start()) {
            assertThatThrownBy(() -> Gateway.start(GatewayConfig.builder(endpoint.baseUrl(), Secret.of(KEY),
                    "acme-coder").build()))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("no price for model 'acme-coder'")
                    .hasMessageContaining("--price acme-coder=IN,CACHED,OUT")
                    .hasMessageNotContaining(KEY);
            try (Gateway gateway = Gateway.start(GatewayConfig.builder(endpoint.baseUrl(), Secret.of(KEY), "acme-coder")
                    .price(PriceTable.parseOption("acme-coder=1,0.1,2")).build())) {
                assertThat(gateway.model()).isEqualTo("acme-coder");
            }
        }
    }

    @Test
    void contextLengthErrorsArePassedUnchangedAndFlagged() throws Exception {
        String body = "{\"error\": {\"message\": \"This model's maximum context length is 128000 tokens. However,"
                + " your messages resulted in 130512 tokens.\", \"type\": \"invalid_request_error\","
                + " \"param\": \"messages\", \"code\": \"context_length_exceeded\"}}";
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.status(400, body),
                CannedResponse.error(400, "prompt is too long: 210000 tokens > 200000 maximum"),
                CannedResponse.error(400, "temperature must be between 0 and 2"));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            HttpResponse<String> first = chat(gateway, request("long"));
            assertThat(first.statusCode()).isEqualTo(400);
            assertThat(first.body()).isEqualTo(body);
            chat(gateway, request("long"));
            chat(gateway, request("bad"));

            assertThat(gateway.records()).extracting(CallRecord::contextLengthError).containsExactly(true, true, false);
            assertThat(gateway.records()).allSatisfy(call -> {
                assertThat(call.status()).isEqualTo(400);
                assertThat(call.retries()).isZero();
                assertThat(call.endpointFailure()).isFalse();
                assertThat(call.usageMissing()).isFalse();
            });
            assertThat(gateway.records().get(0).error()).contains("maximum context length");
            assertThat(gateway.usage().contextLengthErrors()).isEqualTo(2);
            assertThat(endpoint.calls()).isEqualTo(3);
        }
    }

    @Test
    void theKeyIsScrubbedFromWhatTheEndpointEchoes() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.error(401, "Incorrect API key provided: " + KEY + ". Check your key.")
                        .withDelay(Duration.ofMillis(5)));
                Gateway gateway = Gateway.start(config(endpoint).build())) {
            HttpResponse<String> response = chat(gateway, request("hi"));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).doesNotContain(KEY).contains("Incorrect API key provided: ***");
            CallRecord call = gateway.records().get(0);
            assertThat(call.error()).doesNotContain(KEY).contains("***");
            assertThat(call.endpointFailure()).isTrue();
            assertThat(call.toString()).doesNotContain(KEY);
        }
    }
}
