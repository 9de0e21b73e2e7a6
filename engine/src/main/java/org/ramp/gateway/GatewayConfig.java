package org.ramp.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What a gateway needs. {@code endpoint} is the base URL of an OpenAI-compatible API
 * ({@code https://api.example.com/v1}; the gateway posts to {@code {endpoint}/chat/completions});
 * {@code model} replaces the model of every request and must have a price; {@code defaultTemperature}
 * is set on requests that carry none (null: leave them alone); {@code transcriptDir} null writes no
 * transcript; {@code port} 0 takes a free port. {@code requestTimeout} is one call's own deadline
 * (a call also ends with the stage's and the run's time). {@code completionReservation} is the
 * completion a call is assumed to take at most when its request sets no {@code max_tokens} (see
 * {@link Reservation}). {@code endpointSecondsLostBefore} is the time the endpoint held in calls of
 * the run served by earlier processes (a resumed run). {@code clock} and {@code sleeper} are for
 * tests. The key's {@code toString} hides it, so this record prints safely.
 */
public record GatewayConfig(URI endpoint, Secret apiKey, String model, Double defaultTemperature,
        PriceTable prices, Budgets runBudgets, RetryPolicy retry, Path transcriptDir, int port,
        Duration requestTimeout, long completionReservation, double endpointSecondsLostBefore, Clock clock,
        Sleeper sleeper) {

    /** The completion reserved for a call that sets no max_tokens: more than most models' output limit. */
    public static final long DEFAULT_COMPLETION_RESERVATION = 32_768;

    public GatewayConfig {
        if (endpoint == null || endpoint.getScheme() == null
                || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))
                || endpoint.getHost() == null) {
            throw new GatewayException("the endpoint must be an http or https base URL such as"
                    + " https://api.example.com/v1, not '" + endpoint + "'");
        }
        if (endpoint.getRawUserInfo() != null || endpoint.getRawQuery() != null) {
            throw new GatewayException("the endpoint URL may not carry credentials or a query; give the key"
                    + " separately (endpoint: " + endpoint.getScheme() + "://" + endpoint.getHost() + "...)");
        }
        if (model == null || model.isBlank()) {
            throw new GatewayException("the gateway needs a model name");
        }
        if (defaultTemperature != null && (defaultTemperature < 0 || defaultTemperature.isNaN())) {
            throw new GatewayException("the temperature cannot be negative: " + defaultTemperature);
        }
        if (completionReservation < 0 || !(endpointSecondsLostBefore >= 0)) {
            throw new GatewayException("the completion reservation and the time lost before cannot be negative");
        }
        if (port < 0 || port > 65535) {
            throw new GatewayException("bad gateway port " + port);
        }
        apiKey = apiKey == null ? Secret.none() : apiKey;
        prices = prices == null ? PriceTable.defaults() : prices;
        runBudgets = runBudgets == null ? Budgets.UNLIMITED : runBudgets;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
        requestTimeout = requestTimeout == null ? Duration.ofMinutes(10) : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new GatewayException("the request timeout must be positive, not " + requestTimeout);
        }
        clock = clock == null ? Clock.systemUTC() : clock;
        sleeper = sleeper == null ? Sleeper.REAL : sleeper;
    }

    public static Builder builder(String endpoint, Secret apiKey, String model) {
        URI uri;
        try {
            uri = new URI(endpoint == null ? "" : endpoint.strip());
        } catch (java.net.URISyntaxException e) {
            throw new GatewayException("the endpoint is not a URL (" + e.getReason() + "); give a base URL such as"
                    + " https://api.example.com/v1");
        }
        return new Builder(uri, apiKey, model);
    }

    /** Where chat completions are posted. */
    public URI chatCompletionsUri() {
        String base = endpoint.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/chat/completions");
    }

    /** Builds a config, every setting but the endpoint, key and model optional. */
    public static final class Builder {
        private final URI endpoint;
        private final Secret apiKey;
        private final String model;
        private Double temperature;
        private PriceTable prices;
        private Budgets runBudgets;
        private RetryPolicy retry;
        private Path transcriptDir;
        private int port;
        private Duration requestTimeout;
        private long completionReservation = DEFAULT_COMPLETION_RESERVATION;
        private double endpointSecondsLostBefore;
        private Clock clock;
        private Sleeper sleeper;

        private Builder(URI endpoint, Secret apiKey, String model) {
            this.endpoint = endpoint;
            this.apiKey = apiKey;
            this.model = model;
        }

        public Builder temperature(Double value) {
            this.temperature = value;
            return this;
        }

        /** The whole price table (default: the bundled one). */
        public Builder prices(PriceTable value) {
            this.prices = value;
            return this;
        }

        /** One price added to the table set so far (or to the bundled one). */
        public Builder price(ModelPrice value) {
            this.prices = (prices == null ? PriceTable.defaults() : prices).with(value);
            return this;
        }

        public Builder runBudgets(Budgets value) {
            this.runBudgets = value;
            return this;
        }

        public Builder retry(RetryPolicy value) {
            this.retry = value;
            return this;
        }

        public Builder transcriptDir(Path value) {
            this.transcriptDir = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder completionReservation(long tokens) {
            this.completionReservation = tokens;
            return this;
        }

        /** The seconds the endpoint held in calls of this run that earlier processes served. */
        public Builder endpointSecondsLostBefore(double seconds) {
            this.endpointSecondsLostBefore = seconds;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        public GatewayConfig build() {
            return new GatewayConfig(endpoint, apiKey, model, temperature, prices, runBudgets, retry,
                    transcriptDir, port, requestTimeout, completionReservation, endpointSecondsLostBefore, clock,
                    sleeper);
        }
    }
}
