package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The run's model gateway: an OpenAI-compatible chat-completions proxy on 127.0.0.1 through which every
 * agent reaches the model, so that accounting is the same whatever the agent. Agents authenticate with
 * a per-run {@link #token()}; the gateway forwards to the configured endpoint with the real key, which
 * agents never see, records and prices every call, enforces the budgets, and writes the transcript.
 * Serves {@code POST /v1/chat/completions} (also {@code /chat/completions}) and {@code GET /v1/models}.
 */
public final class Gateway implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** How long closing waits for the calls it cuts to be recorded. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final String token;
    private final Ledger ledger;
    private final HttpServer server;
    private final ExecutorService executor;
    private final OpenCalls calls = new OpenCalls();
    private final List<String> problems = new ArrayList<>();

    private Gateway(GatewayConfig config, HttpServer server, ExecutorService executor) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.token = newToken();
        this.ledger = new Ledger(config.runBudgets(), config.clock(), config.endpointSecondsLostBefore());
        ModelPrice price = config.prices().require(config.model());
        Transcript transcript = config.transcriptDir() == null ? null : new Transcript(config.transcriptDir());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        ChatCall.Context context = new ChatCall.Context(config, price, ledger, transcript,
                new EndpointClient(config, client), calls, this::problem);
        server.createContext("/", exchange -> handle(exchange, context));
    }

    /**
     * Starts a gateway. Fails with a {@link GatewayException} when the model has no price, the
     * transcript folder cannot be made, or the port cannot be bound.
     */
    public static Gateway start(GatewayConfig config) {
        config.prices().require(config.model());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
        } catch (IOException e) {
            throw new GatewayException("cannot listen on 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads("ramp-gateway-"));
        server.setExecutor(executor);
        Gateway gateway;
        try {
            gateway = new Gateway(config, server, executor);
        } catch (RuntimeException e) {
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
        server.start();
        return gateway;
    }

    /** The base URL agents use, {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** The per-run token agents authenticate with; it gives access to this gateway only, never to the endpoint. */
    public String token() {
        return token;
    }

    public String model() {
        return config.model();
    }

    /** Calls from now on belong to stage {@code id}, under {@code budgets} besides the run's. */
    public void beginStage(String id, Budgets budgets) {
        ledger.beginStage(id, budgets == null ? Budgets.UNLIMITED : budgets);
    }

    /**
     * The stage's agent phase is over: its calls still in flight are cut now (recorded as cut, reason
     * {@code stage-ended}, unless their deadline had come) and this returns once they are recorded,
     * or after {@code wait}. The stage's usage read afterwards is final.
     *
     * @return how many calls were cut
     */
    public int endStage(String id, Duration wait) {
        try {
            return calls.cut(id, CutReason.STAGE_ENDED, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * The seconds the endpoint held of the run's time before stage {@code id} began (calls that were
     * its failure, in this process and earlier ones), when the stage's time is the rest of the run's
     * rather than its own budget; 0 otherwise. A stage whose time ran out is the endpoint's failure
     * when this, or its own {@link UsageTotals#endpointSecondsLost}, is not 0.
     */
    public double endpointSecondsLostBefore(String id) {
        return ledger.endpointSecondsLostBefore(id);
    }

    /** The stage calls are counted under now ({@value Ledger#DEFAULT_STAGE} before any {@link #beginStage}). */
    public String currentStage() {
        return ledger.currentStage();
    }

    /** The stages that have had calls or were begun, in order. */
    public List<String> stages() {
        return ledger.stages();
    }

    public UsageTotals usage() {
        return ledger.usage();
    }

    /** A stage's totals; zero for a stage never begun. */
    public UsageTotals usage(String stageId) {
        return ledger.usage(stageId);
    }

    /** Every call so far, in the order they completed. */
    public List<CallRecord> records() {
        return ledger.records();
    }

    /** The run budget that ran out, if one did. */
    public Optional<BudgetExhaustion> exhaustedBudget() {
        return ledger.exhausted();
    }

    /** The budget that ran out during a stage: its own, or the run's (then the scope says "run"). */
    public Optional<BudgetExhaustion> exhaustedBudget(String stageId) {
        return ledger.exhausted(stageId);
    }

    /** What went wrong in the gateway itself (a transcript it could not write), for the run's log. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    private synchronized void problem(String message) {
        problems.add(Secret.scrub(message));
    }

    /** Stops: calls in flight are cut off and recorded (waiting a few seconds at most for that), then the server stops. */
    @Override
    public void close() {
        try {
            calls.cut(null, CutReason.GATEWAY_CLOSED, CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
        calls.close();
    }

    private void handle(HttpExchange exchange, ChatCall.Context context) {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!authorised(exchange)) {
                exchange.getRequestBody().readAllBytes();
                send(exchange, 401, OpenAiError.body("invalid or missing token: use the RAMP gateway's per-run"
                        + " token as the API key (Authorization: Bearer TOKEN)", "invalid_request_error",
                        "invalid_api_key"));
            } else if (path.equals("/v1/models") || path.equals("/models")) {
                exchange.getRequestBody().readAllBytes();
                send(exchange, 200, OpenAiError.bytes(models()));
            } else if (path.equals("/v1/chat/completions") || path.equals("/chat/completions")) {
                if (!method.equals("POST")) {
                    exchange.getRequestBody().readAllBytes();
                    send(exchange, 405, OpenAiError.body("use POST for " + path, "invalid_request_error",
                            "method_not_allowed"));
                } else {
                    new ChatCall(context, exchange).run();
                }
            } else {
                exchange.getRequestBody().readAllBytes();
                send(exchange, 404, OpenAiError.body("the RAMP gateway serves POST /v1/chat/completions and GET"
                        + " /v1/models only, not " + method + " " + path, "invalid_request_error", "not_found"));
            }
        } catch (IOException e) {
            // the agent hung up; a call that reached the endpoint is recorded already
        } catch (RuntimeException e) {
            problem("a call failed inside the gateway: " + e);
        } finally {
            exchange.close();
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String presented = null;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = authorization.substring(7).strip();
        } else if (exchange.getRequestHeaders().getFirst("api-key") != null) {
            presented = exchange.getRequestHeaders().getFirst("api-key").strip();
        }
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode models() {
        ObjectNode list = JSON.createObjectNode().put("object", "list");
        list.putArray("data").addObject().put("id", config.model()).put("object", "model").put("created", 0)
                .put("owned_by", "ramp-gateway");
        return list;
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static JsonNode parseOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
