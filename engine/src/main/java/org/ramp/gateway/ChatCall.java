package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One chat-completion call through the gateway: rewrite the request, admit it against the budgets
 * (holding what it may cost), forward it with its deadline, relay the answer (a stream chunk by
 * chunk) with every key scrubbed, then record, price and transcribe it. The record is made before the
 * last bytes go to the agent, so an agent that has its answer finds the call already counted; a call
 * cut at its deadline is recorded when it is cut.
 */
final class ChatCall {
    /** What every call shares. */
    record Context(GatewayConfig config, ModelPrice price, Ledger ledger, Transcript transcript,
            EndpointClient endpoint, OpenCalls calls, Consumer<String> problems) {
    }

    private final Context context;
    private final HttpExchange exchange;
    private Ledger.Admission admission;
    private String id;
    private String client;
    private ObjectNode forwarded;
    private boolean stream;
    private Instant start;
    private long startNanos;
    private boolean recorded;

    ChatCall(Context context, HttpExchange exchange) {
        this.context = context;
        this.exchange = exchange;
    }

    void run() throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode parsed = Gateway.parseOrNull(new String(raw, StandardCharsets.UTF_8));
        if (parsed == null || !parsed.isObject()) {
            Gateway.send(exchange, 400, OpenAiError.body("the request body must be a JSON object",
                    "invalid_request_error", "invalid_json"));
            return;
        }
        ObjectNode request = (ObjectNode) parsed;
        stream = request.path("stream").asBoolean(false);
        boolean agentWantsUsage = request.path("stream_options").path("include_usage").asBoolean(false);
        forwarded = rewrite(request, stream && !agentWantsUsage);
        client = Headers.value(exchange.getRequestHeaders().getFirst("User-Agent"));
        byte[] body = Gateway.JSON.writeValueAsBytes(forwarded);
        Reservation reservation = Reservation.of(body.length, forwarded, context.price(),
                context.config().completionReservation());
        try {
            admission = context.ledger().admit(reservation, context.config().requestTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Gateway.send(exchange, 503, OpenAiError.body("the RAMP gateway is closing", "ramp_gateway_error",
                    "ramp_gateway_closed"));
            return;
        }
        id = context.calls().id(admission.sequence());
        start = context.config().clock().instant();
        startNanos = System.nanoTime();
        if (admission.refusal() != null) {
            refuse();
            return;
        }
        CallDeadline deadline = context.calls().open(admission.stage(), admission.left(), admission.nearest());
        try {
            if (context.transcript() != null) {
                try {
                    context.transcript().admitted(id, admission, start, client, reservation);
                } catch (RuntimeException e) {
                    context.problems().accept("cannot write the transcript of call " + id + ": " + e);
                }
            }
            EndpointClient.Answer answer;
            try {
                answer = context.endpoint().send(body, stream, client, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = new EndpointClient.Answer(null, null, 1, CutReason.GATEWAY_CLOSED);
            }
            if (answer.cut() != null) {
                cut(answer.cut(), null, answer.retries(), null);
            } else if (answer.failure() != null) {
                unreachable(answer.failure(), answer.attempts(), answer.retries());
            } else {
                relay(answer.response(), answer.retries(), !agentWantsUsage, deadline);
            }
        } finally {
            if (!recorded) {
                // whatever went wrong, an admitted call is counted and lets go of its reservation
                finish(record(500, CallUsage.MISSING, elapsedMs(), false, false, null, null, 0,
                        "the gateway failed while serving the call"), false, null);
            }
            context.calls().finished(deadline);
        }
    }

    /** The configured model always; the default temperature when the agent set none; usage in streams. */
    private ObjectNode rewrite(ObjectNode request, boolean injectUsage) {
        ObjectNode copy = request.deepCopy();
        copy.put("model", context.config().model());
        if (context.config().defaultTemperature() != null && !copy.hasNonNull("temperature")) {
            copy.put("temperature", context.config().defaultTemperature());
        }
        if (injectUsage) {
            JsonNode options = copy.get("stream_options");
            ObjectNode streamOptions = options instanceof ObjectNode object ? object : copy.putObject("stream_options");
            streamOptions.put("include_usage", true);
        }
        return copy;
    }

    private void refuse() throws IOException {
        BudgetExhaustion refusal = admission.refusal();
        String message = "RAMP budget exhausted: " + refusal.describe() + "; the gateway refuses every further model"
                + " call " + (refusal.scope().equals(BudgetExhaustion.RUN) ? "of this run" : "of this stage")
                + ". Stop and report what you have done.";
        ObjectNode body = OpenAiError.json(message, "budget_exhausted", OpenAiError.BUDGET_EXHAUSTED);
        finish(record(402, CallUsage.of(0, 0, 0, 0, 0), 0, false, false, refusal.kind(), null, 0, message),
                false, body);
        Gateway.send(exchange, 402, OpenAiError.bytes(body));
    }

    private void unreachable(IOException failure, int attempts, int retries) throws IOException {
        String message = Secret.scrub("the model endpoint could not be reached (" + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + "): " + describe(failure));
        ObjectNode body = OpenAiError.json(message, "ramp_gateway_error", "ramp_endpoint_unreachable");
        finish(record(502, CallUsage.of(0, 0, 0, 0, 0), elapsedMs(), false, true, null, null, retries, message),
                false, body);
        Gateway.send(exchange, 502, OpenAiError.bytes(body));
    }

    /**
     * Records a call cut before the endpoint answered in full and tells the agent: a cut at the end of
     * the stage's or the run's time is that time budget's refusal (402), any other cut a 504. The
     * endpoint is blamed when it held the call far longer than it takes to answer ({@link Ledger#hung}).
     */
    private void cut(CutReason reason, StreamRelay relay, int retries, JsonNode partial) throws IOException {
        long latency = elapsedMs();
        boolean deadlineOfBudget = reason == CutReason.STAGE_DEADLINE || reason == CutReason.RUN_DEADLINE;
        String what = String.format(Locale.ROOT, "the call was cut after %.1f s because %s, before the endpoint had"
                + " answered in full", latency / 1000.0, reason.describe());
        ObjectNode body;
        int status;
        if (deadlineOfBudget) {
            status = 402;
            body = OpenAiError.json("RAMP budget exhausted: " + (reason == CutReason.RUN_DEADLINE ? "the run's"
                    : "stage " + admission.stage() + "'s") + " time budget is used up: " + what
                    + ". Stop and report what you have done.", "budget_exhausted", OpenAiError.BUDGET_EXHAUSTED);
        } else {
            status = 504;
            body = OpenAiError.json("RAMP gateway: " + what, "ramp_gateway_error", "ramp_call_cut");
        }
        CallUsage usage = UsageParser.ofResponse(partial);
        boolean hung = context.ledger().hung(reason, latency, context.config().requestTimeout());
        finish(record(status, usage, latency, false, hung, null, reason, retries,
                body.path("error").path("message").asText()), false, partial == null ? body : partial);
        if (relay != null) {
            relay.fail(body);
        } else {
            Gateway.send(exchange, status, OpenAiError.bytes(body));
        }
    }

    private void relay(HttpResponse<InputStream> response, int retries, boolean stripUsageChunk, CallDeadline deadline)
            throws IOException {
        String contentType = Headers.value(response.headers().firstValue("content-type").orElse("application/json"));
        if (stream && response.statusCode() == 200 && contentType != null
                && contentType.startsWith("text/event-stream")) {
            relayStream(response, retries, stripUsageChunk, deadline);
        } else {
            relayWhole(response, contentType, retries, deadline);
        }
    }

    private void relayWhole(HttpResponse<InputStream> response, String contentType, int retries,
            CallDeadline deadline) throws IOException {
        int status = response.statusCode();
        byte[] body;
        try {
            deadline.watch(response.body());
            body = Gateway.readAll(response.body());
        } catch (IOException e) {
            if (deadline.cutReason() != null) {
                cut(deadline.cutReason(), null, retries, null);
            } else {
                unreachable(e, retries + 1, retries);
            }
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode json = Gateway.parseOrNull(text);
        JsonNode clean = Secret.scrub(json);
        String cleanText = Secret.scrub(clean == json ? text : clean.toString());
        if (!cleanText.equals(text)) {
            body = cleanText.getBytes(StandardCharsets.UTF_8);
            clean = clean != null ? Gateway.parseOrNull(cleanText) : null;
        }
        boolean ok = status >= 200 && status < 300;
        CallUsage usage = ok ? UsageParser.ofResponse(clean) : CallUsage.of(0, 0, 0, 0, 0);
        boolean endpointFailure = EndpointClient.retryable(status) || status == 401 || status == 403;
        String error = ok ? null : "HTTP " + status + ": " + OpenAiError.messageOf(clean, cleanText);
        finish(record(status, usage, elapsedMs(), ContextLength.isContextLengthError(status, cleanText),
                endpointFailure, null, null, retries, error), true, clean != null ? clean : TextNode.valueOf(cleanText));

        exchange.getResponseHeaders().set("Content-Type", contentType == null ? "application/json" : contentType);
        Headers.relay(response, exchange);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void relayStream(HttpResponse<InputStream> response, int retries, boolean stripUsageChunk,
            CallDeadline deadline) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Headers.relay(response, exchange);
        OutputStream out;
        try {
            exchange.sendResponseHeaders(200, 0);
            out = exchange.getResponseBody();
        } catch (IOException e) {
            out = OutputStream.nullOutputStream(); // the agent has gone: the stream is still read, to count it
        }
        StreamRelay relay = new StreamRelay(out, stripUsageChunk);
        String broken = null;
        try {
            deadline.watch(response.body());
            relay.relay(response.body());
        } catch (IOException e) {
            broken = "the endpoint's stream broke off: " + describe(e);
        }
        relay.release();
        ObjectNode assembled = relay.assembled().result();
        if (deadline.cutReason() != null) {
            cut(deadline.cutReason(), relay, retries, assembled);
            return;
        }
        CallUsage usage = UsageParser.ofResponse(assembled);
        String error = broken;
        boolean contextLength = false;
        if (relay.assembled().error() != null) {
            error = "error event in the stream: " + OpenAiError.messageOf(assembled, null);
            contextLength = ContextLength.mentionsContextLength(relay.assembled().error().toString());
        }
        finish(record(200, usage, elapsedMs(), contextLength, broken != null, null, null, retries, error), true,
                assembled);
        if (broken != null) {
            relay.fail(OpenAiError.json("RAMP gateway: " + Secret.scrub(broken), "ramp_gateway_error",
                    "ramp_stream_broken"));
        } else {
            relay.done();
        }
    }

    private CallRecord record(int status, CallUsage usage, long latencyMs, boolean contextLength,
            boolean endpointFailure, BudgetKind refusedBy, CutReason cut, int retries, String error) {
        return new CallRecord(id, admission.stage(), admission.sequence(), start, latencyMs, status,
                context.config().model(), client, stream, usage.promptTokens(), usage.cachedTokens(),
                usage.cacheWriteTokens(), usage.completionTokens(), usage.reasoningTokens(), context.price().cost(usage),
                usage.missing(), contextLength, endpointFailure, refusedBy, cut, retries, Secret.scrub(error));
    }

    private void finish(CallRecord record, boolean endpointAnswered, JsonNode response) {
        recorded = true;
        context.ledger().record(record, admission);
        if (context.transcript() != null) {
            try {
                context.transcript().write(record, endpointAnswered, forwarded, response);
            } catch (RuntimeException e) {
                context.problems().accept("cannot write the transcript of call " + record.id() + ": " + e);
            }
        }
    }

    private long elapsedMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
