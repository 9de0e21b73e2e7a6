package org.ramp.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Posts a chat completion to the endpoint with the real key, retrying 429, 5xx and connection failures. */
final class EndpointClient {
    private final GatewayConfig config;
    private final HttpClient client;

    /** The endpoint's last answer (its body not read yet), or the failure of the last attempt. */
    record Answer(HttpResponse<InputStream> response, IOException failure, int attempts) {
        int retries() {
            return attempts - 1;
        }
    }

    EndpointClient(GatewayConfig config, HttpClient client) {
        this.config = config;
        this.client = client;
    }

    static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /**
     * Sends {@code body}; once the answer is final (not retryable, or the attempts are used up) returns
     * it unread, so that a stream can be relayed as it arrives.
     */
    Answer send(byte[] body, boolean stream) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(config.chatCompletionsUri())
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!config.apiKey().isEmpty()) {
            builder.header("Authorization", "Bearer " + config.apiKey().reveal());
        }
        HttpRequest request = builder.build();
        RetryPolicy policy = config.retry();
        for (int attempt = 1;; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (!retryable(response.statusCode()) || attempt >= policy.maxAttempts()) {
                    return new Answer(response, null, attempt);
                }
                retryAfter = retryAfter(response.headers(), config.clock());
                Gateway.readAll(response.body());
            } catch (IOException e) {
                if (attempt >= policy.maxAttempts()) {
                    return new Answer(null, e, attempt);
                }
            }
            config.sleeper().sleep(policy.delay(attempt, retryAfter));
        }
    }

    /** {@code retry-after-ms} (OpenAI's), else {@code Retry-After} in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get().strip()))));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        Optional<String> value = headers.firstValue("retry-after");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(text) * 1000))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
