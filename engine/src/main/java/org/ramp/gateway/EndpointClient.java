package org.ramp.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Posts a chat completion to the endpoint with the real key, retrying 429, 5xx and connection failures,
 * never past the call's deadline: each attempt may take only what is left of it, and a retry whose
 * wait would end after it is not made.
 */
final class EndpointClient {
    private final GatewayConfig config;
    private final HttpClient client;

    /**
     * The endpoint's last answer (its body not read yet), or the failure of the last attempt, or the
     * reason the call was cut before an answer came ({@code cut} non-null; no response then).
     */
    record Answer(HttpResponse<InputStream> response, IOException failure, int attempts, CutReason cut) {
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
     * Sends {@code body}; once the answer is final (not retryable, the attempts or the time used up)
     * returns it unread, so that a stream can be relayed as it arrives. {@code userAgent} (the agent's,
     * already made a valid header value) replaces Java's when given.
     */
    Answer send(byte[] body, boolean stream, String userAgent, CallDeadline deadline) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(config.chatCompletionsUri())
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (userAgent != null) {
            builder.header("User-Agent", userAgent);
        }
        if (!config.apiKey().isEmpty()) {
            builder.header("Authorization", "Bearer " + config.apiKey().reveal());
        }
        RetryPolicy policy = config.retry();
        for (int attempt = 1;; attempt++) {
            Duration left = deadline.left();
            if (left.isZero() || deadline.cutReason() != null) {
                deadline.cut(deadline.reason());
                return new Answer(null, null, attempt, deadline.cutReason());
            }
            HttpResponse<InputStream> response;
            try {
                CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(builder.timeout(left).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                deadline.watch(pending);
                response = pending.get();
            } catch (CancellationException e) {
                return new Answer(null, null, attempt, deadline.cutReason());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof HttpTimeoutException) {
                    deadline.cut(deadline.reason());
                    return new Answer(null, null, attempt, deadline.cutReason());
                }
                IOException failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                if (deadline.cutReason() != null) {
                    return new Answer(null, null, attempt, deadline.cutReason());
                }
                if (attempt >= policy.maxAttempts() || !retryInTime(policy.delay(attempt, Optional.empty()), deadline)) {
                    return new Answer(null, failure, attempt, null);
                }
                continue;
            }
            if (!retryable(response.statusCode()) || attempt >= policy.maxAttempts()) {
                return new Answer(response, null, attempt, null);
            }
            Duration wait = policy.delay(attempt, retryAfter(response.headers(), config.clock()));
            if (wait.compareTo(deadline.left()) >= 0) {
                return new Answer(response, null, attempt, null);
            }
            try {
                deadline.watch(response.body());
                Gateway.readAll(response.body());
            } catch (IOException e) {
                // a retried answer's body is not needed
            }
            config.sleeper().sleep(wait);
        }
    }

    /** Sleeps {@code wait} before a retry when it ends before the deadline; false (no sleep) otherwise. */
    private boolean retryInTime(Duration wait, CallDeadline deadline) throws InterruptedException {
        if (wait.compareTo(deadline.left()) >= 0) {
            return false;
        }
        config.sleeper().sleep(wait);
        return true;
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
