package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A small OpenAI-compatible server on 127.0.0.1 that answers chat completions from a script of
 * {@link CannedResponse}s, in order, whatever was asked, or from a {@link Responder} that reads each
 * request (a coding-agent CLI's conversation so far and its side calls); streamed (server-sent events)
 * when the request asks for a stream, with the usage chunk when it asks for {@code include_usage}. It
 * speaks the real wire protocol, so tests of the gateway and of agents need no mock, and it replays a
 * recorded transcript ({@link #replaying}) with the recorded usage, so replayed accounting equals the
 * original. It keeps every request it received. When the script runs out it answers 500.
 */
public final class LocalEndpoint implements AutoCloseable {
    /** The model name it lists. */
    public static final String MODEL = "local-model";
    private static final int PIECE = 8;

    /** Chooses the answer to each chat completion from the request itself. */
    @FunctionalInterface
    public interface Responder {
        /**
         * @param request the request's body as JSON (null when it is not JSON)
         * @param index   how many chat completions were asked for before this one
         * @return the answer, or null for the script-exhausted 500
         */
        CannedResponse answer(JsonNode request, int index);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Responder responder;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger mostAnswering = new AtomicInteger();
    private final List<ReceivedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    private LocalEndpoint(Responder responder) throws IOException {
        this.responder = responder;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newCachedThreadPool(Gateway.daemonThreads("ramp-local-endpoint-"));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static LocalEndpoint start(List<CannedResponse> script) {
        return start(new Script(List.copyOf(script)));
    }

    /** Answers in order, whatever was asked. */
    private record Script(List<CannedResponse> answers) implements Responder {
        @Override
        public CannedResponse answer(JsonNode request, int index) {
            return index < answers.size() ? answers.get(index) : null;
        }
    }

    /** An endpoint whose every answer the responder chooses from the request. */
    public static LocalEndpoint start(Responder responder) {
        try {
            return new LocalEndpoint(responder);
        } catch (IOException e) {
            throw new GatewayException("cannot start a local endpoint: " + e.getMessage(), e);
        }
    }

    public static LocalEndpoint start(CannedResponse... script) {
        return start(List.of(script));
    }

    /** Serves the endpoint's answers recorded in these transcripts, file after file. */
    public static LocalEndpoint replaying(List<Path> transcripts) {
        List<CannedResponse> script = new ArrayList<>();
        for (Path transcript : transcripts) {
            script.addAll(fromTranscript(transcript));
        }
        return start(script);
    }

    /**
     * The endpoint's answers in a transcript the gateway wrote, in order: status and body (for a
     * stream, the assembled completion, which is streamed again when asked). Calls the gateway
     * answered itself (budget refusals, an unreachable endpoint, calls it cut) are left out: the
     * endpoint never answered them.
     */
    public static List<CannedResponse> fromTranscript(Path transcript) {
        List<CannedResponse> script = new ArrayList<>();
        for (TranscriptFile.Call call : TranscriptFile.read(transcript).calls()) {
            if (call.endpointAnswered()) {
                JsonNode response = call.response();
                String body = response.isTextual() ? response.asText() : response.toString();
                script.add(CannedResponse.status(call.record().status(), body));
            }
        }
        return script;
    }

    /** The base URL, {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<ReceivedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The most chat completions it was answering at one time. */
    public int mostAtOnce() {
        return mostAnswering.get();
    }

    /** How many chat completions were asked for (served or answered with the script-exhausted 500). */
    public int calls() {
        return next.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            String path = exchange.getRequestURI().getPath();
            requests.add(new ReceivedRequest(exchange.getRequestMethod(), path, headers, body, java.time.Instant.now()));
            if (path.endsWith("/models")) {
                ObjectNode list = Gateway.JSON.createObjectNode().put("object", "list");
                list.putArray("data").addObject().put("id", MODEL).put("object", "model");
                Gateway.send(exchange, 200, OpenAiError.bytes(list));
            } else if (path.endsWith("/chat/completions") && exchange.getRequestMethod().equals("POST")) {
                mostAnswering.accumulateAndGet(answering.incrementAndGet(), Math::max);
                try {
                    answer(exchange, Gateway.parseOrNull(body));
                } finally {
                    answering.decrementAndGet();
                }
            } else {
                Gateway.send(exchange, 404, OpenAiError.body("LocalEndpoint serves POST .../chat/completions and GET"
                        + " .../models, not " + exchange.getRequestMethod() + " " + path, "invalid_request_error",
                        "not_found"));
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to answer
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, JsonNode request) throws IOException {
        int index = next.getAndIncrement();
        CannedResponse canned = responder.answer(request, index);
        if (canned == null) {
            Gateway.send(exchange, 500, OpenAiError.body("LocalEndpoint: the script has no response left for call "
                    + (index + 1) + (responder instanceof Script script ? " (it had " + script.answers().size() + ")"
                    : ""), "server_error", "script_exhausted"));
            return;
        }
        if (!canned.delay().isZero()) {
            try {
                Thread.sleep(canned.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        canned.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (canned.events() != null) {
            stream(exchange, canned.events(), canned);
            return;
        }
        JsonNode completion = Gateway.parseOrNull(canned.body());
        boolean stream = request != null && request.path("stream").asBoolean(false);
        if (stream && canned.status() == 200 && completion != null && completion.has("choices")) {
            boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
            stream(exchange, chunks(completion, includeUsage).stream().map(JsonNode::toString).toList(), canned);
            return;
        }
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        byte[] bytes = canned.body() == null ? new byte[0] : canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void stream(HttpExchange exchange, List<String> chunks, CannedResponse canned)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < chunks.size(); i++) {
                out.write(("data: " + chunks.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (i == 0 && canned.streamGate() != null) {
                    try {
                        canned.streamGate().await(CannedResponse.FOREVER.toDays(), TimeUnit.DAYS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A completion as stream chunks, as OpenAI sends them: the role, the content and reasoning in small
     * pieces, each tool call's id and name then its arguments in pieces, the finish reason, and with
     * {@code includeUsage} a last chunk with no choices and the usage.
     */
    static List<JsonNode> chunks(JsonNode completion, boolean includeUsage) {
        List<JsonNode> chunks = new ArrayList<>();
        for (JsonNode choice : completion.path("choices")) {
            int index = choice.path("index").asInt(0);
            JsonNode message = choice.path("message");
            chunks.add(chunk(completion, index, delta -> delta.put("role", message.path("role").asText("assistant"))));
            for (String field : List.of("reasoning_content", "content")) {
                for (String piece : pieces(message.path(field).isTextual() ? message.get(field).asText() : "")) {
                    chunks.add(chunk(completion, index, delta -> delta.put(field, piece)));
                }
            }
            int callIndex = 0;
            for (JsonNode call : message.path("tool_calls")) {
                int at = callIndex++;
                chunks.add(chunk(completion, index, delta -> {
                    ObjectNode head = delta.putArray("tool_calls").addObject().put("index", at);
                    if (call.hasNonNull("id")) {
                        head.set("id", call.get("id"));
                    }
                    head.put("type", call.path("type").asText("function"));
                    head.putObject("function").put("name", call.path("function").path("name").asText())
                            .put("arguments", "");
                }));
                for (String piece : pieces(call.path("function").path("arguments").asText(""))) {
                    chunks.add(chunk(completion, index, delta -> delta.putArray("tool_calls").addObject()
                            .put("index", at).putObject("function").put("arguments", piece)));
                }
            }
            chunks.add(finish(completion, index, choice.path("finish_reason")));
        }
        if (includeUsage && completion.has("usage")) {
            ObjectNode usage = envelope(completion);
            usage.putArray("choices");
            usage.set("usage", completion.get("usage"));
            chunks.add(usage);
        }
        return chunks;
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (int at = 0; at < text.length(); at += PIECE) {
            pieces.add(text.substring(at, Math.min(text.length(), at + PIECE)));
        }
        return pieces;
    }

    private static ObjectNode envelope(JsonNode completion) {
        ObjectNode chunk = Gateway.JSON.createObjectNode();
        for (String field : List.of("id", "created", "model")) {
            if (completion.hasNonNull(field)) {
                chunk.set(field, completion.get(field));
            }
        }
        chunk.put("object", "chat.completion.chunk");
        return chunk;
    }

    /** A chunk with one choice whose delta {@code fill} writes. */
    private static ObjectNode chunk(JsonNode completion, int index, Consumer<ObjectNode> fill) {
        ObjectNode chunk = envelope(completion);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", index);
        fill.accept(choice.putObject("delta"));
        choice.putNull("finish_reason");
        return chunk;
    }

    private static ObjectNode finish(JsonNode completion, int index, JsonNode finishReason) {
        ObjectNode chunk = envelope(completion);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", index);
        choice.putObject("delta");
        choice.set("finish_reason", finishReason.isMissingNode() ? Gateway.JSON.nullNode() : finishReason);
        return chunk;
    }
}
