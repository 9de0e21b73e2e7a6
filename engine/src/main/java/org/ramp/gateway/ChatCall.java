package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One chat-completion call through the gateway: rewrite the request, admit it against the budgets,
 * forward it, relay the answer (a stream chunk by chunk), then record, price and transcribe it. The
 * record is made before the last bytes go to the agent, so an agent that has its answer finds the
 * call already counted.
 */
final class ChatCall {

    /** What every call shares. */
    record Context(GatewayConfig config, ModelPrice price, Ledger ledger, Transcript transcript,
            EndpointClient endpoint, Consumer<String> problems) {
    }

    private final Context context;
    private final HttpExchange exchange;
    private final Secret key;
    private Instant start;
    private long startNanos;

    ChatCall(Context context, HttpExchange exchange) {
        this.context = context;
        this.exchange = exchange;
        this.key = context.config().apiKey();
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
        boolean stream = request.path("stream").asBoolean(false);
        boolean agentWantsUsage = request.path("stream_options").path("include_usage").asBoolean(false);
        ObjectNode forwarded = rewrite(request, stream && !agentWantsUsage);

        Ledger.Admission admission = context.ledger().admit();
        start = context.config().clock().instant();
        startNanos = System.nanoTime();
        if (admission.refusal() != null) {
            refuse(admission, forwarded, stream);
            return;
        }
        EndpointClient.Answer answer;
        try {
            answer = context.endpoint().send(Gateway.JSON.writeValueAsBytes(forwarded), stream);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new EndpointClient.Answer(null, new IOException("interrupted while waiting to retry"), 1);
        }
        if (answer.failure() != null) {
            unreachable(admission, forwarded, stream, answer);
            return;
        }
        HttpResponse<InputStream> response = answer.response();
        String contentType = response.headers().firstValue("content-type").orElse("application/json");
        if (stream && response.statusCode() == 200 && contentType.startsWith("text/event-stream")) {
            relayStream(admission, forwarded, response, answer.retries(), !agentWantsUsage);
        } else {
            relayWhole(admission, forwarded, stream, response, contentType, answer.retries());
        }
    }

    /** The configured model always; the default temperature when the agent set none; usage in streams. */
    private ObjectNode rewrite(ObjectNode request, boolean injectUsage) {
        ObjectNode forwarded = request.deepCopy();
        forwarded.put("model", context.config().model());
        if (context.config().defaultTemperature() != null && !forwarded.hasNonNull("temperature")) {
            forwarded.put("temperature", context.config().defaultTemperature());
        }
        if (injectUsage) {
            JsonNode options = forwarded.get("stream_options");
            ObjectNode streamOptions = options instanceof ObjectNode object ? object
                    : forwarded.putObject("stream_options");
            streamOptions.put("include_usage", true);
        }
        return forwarded;
    }

    private void refuse(Ledger.Admission admission, ObjectNode forwarded, boolean stream) throws IOException {
        BudgetExhaustion refusal = admission.refusal();
        String message = "RAMP budget exhausted: " + refusal.describe() + "; the gateway refuses every further model"
                + " call " + (refusal.scope().equals(BudgetExhaustion.RUN) ? "of this run" : "of this stage")
                + ". Stop and report what you have done.";
        ObjectNode body = OpenAiError.json(message, "budget_exhausted", OpenAiError.BUDGET_EXHAUSTED);
        CallRecord record = new CallRecord(admission.stage(), admission.sequence(), start, 0, 402,
                context.config().model(), stream, 0, 0, 0, 0, 0, 0, false, false, false, refusal.kind(), 0, message);
        finish(record, false, forwarded, body);
        Gateway.send(exchange, 402, OpenAiError.bytes(body));
    }

    private void unreachable(Ledger.Admission admission, ObjectNode forwarded, boolean stream,
            EndpointClient.Answer answer) throws IOException {
        String message = key.scrub("the model endpoint could not be reached (" + answer.attempts() + " attempt"
                + (answer.attempts() == 1 ? "" : "s") + "): " + describe(answer.failure()));
        ObjectNode body = OpenAiError.json(message, "ramp_gateway_error", "ramp_endpoint_unreachable");
        CallRecord record = new CallRecord(admission.stage(), admission.sequence(), start, elapsedMs(), 502,
                context.config().model(), stream, 0, 0, 0, 0, 0, 0, false, false, true, null, answer.retries(),
                message);
        finish(record, false, forwarded, body);
        Gateway.send(exchange, 502, OpenAiError.bytes(body));
    }

    private void relayWhole(Ledger.Admission admission, ObjectNode forwarded, boolean stream,
            HttpResponse<InputStream> response, String contentType, int retries) throws IOException {
        int status = response.statusCode();
        byte[] body;
        try {
            body = Gateway.readAll(response.body());
        } catch (IOException e) {
            unreachable(admission, forwarded, stream, new EndpointClient.Answer(null, e, retries + 1));
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String scrubbed = key.scrub(text);
        if (!scrubbed.equals(text)) {
            body = scrubbed.getBytes(StandardCharsets.UTF_8);
        }
        JsonNode json = Gateway.parseOrNull(scrubbed);
        boolean ok = status >= 200 && status < 300;
        CallUsage usage = ok ? UsageParser.ofResponse(json) : CallUsage.of(0, 0, 0, 0, 0);
        boolean endpointFailure = EndpointClient.retryable(status) || status == 401 || status == 403;
        String error = ok ? null : "HTTP " + status + ": " + OpenAiError.messageOf(json, scrubbed);
        CallRecord record = record(admission, status, stream, usage,
                ContextLength.isContextLengthError(status, scrubbed), endpointFailure, retries, error);
        finish(record, true, forwarded, json != null ? json : TextNode.valueOf(scrubbed));

        exchange.getResponseHeaders().set("Content-Type", contentType);
        response.headers().firstValue("retry-after").ifPresent(v -> exchange.getResponseHeaders().set("Retry-After", v));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Relays server-sent events one by one as they arrive, flushing after each. The usage-only chunk
     * the gateway asked for is kept from an agent that did not ask for it. The final {@code [DONE]}
     * is held back until the call is recorded. If the agent goes away the stream is still read to its
     * end, so that its usage is counted.
     */
    private void relayStream(Ledger.Admission admission, ObjectNode forwarded, HttpResponse<InputStream> response,
            int retries, boolean stripUsageChunk) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        StreamAssembler assembler = new StreamAssembler();
        List<String> event = new ArrayList<>();
        List<String> held = new ArrayList<>();
        boolean agentGone = false;
        String broken = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    event.add(key.scrub(line));
                    continue;
                }
                String data = data(event);
                boolean forward = true;
                if (data != null && data.strip().equals("[DONE]")) {
                    held.addAll(event);
                    held.add("");
                    forward = false;
                } else if (data != null) {
                    JsonNode chunk = Gateway.parseOrNull(data);
                    if (chunk != null) {
                        assembler.accept(chunk);
                        forward = !(stripUsageChunk && StreamAssembler.isUsageOnly(chunk));
                    }
                }
                if (forward && !agentGone) {
                    agentGone = !write(out, event);
                }
                event.clear();
            }
            if (!event.isEmpty() && !agentGone) {
                agentGone = !write(out, event);
            }
        } catch (IOException e) {
            broken = "the endpoint's stream broke off: " + describe(e);
        }
        ObjectNode assembled = assembler.result();
        CallUsage usage = UsageParser.ofResponse(assembled);
        String error = broken;
        boolean contextLength = false;
        if (assembler.error() != null) {
            String message = OpenAiError.messageOf(assembled, null);
            error = "error event in the stream: " + message;
            contextLength = ContextLength.mentionsContextLength(assembler.error().toString());
        }
        CallRecord record = record(admission, 200, true, usage, contextLength, broken != null, retries,
                key.scrub(error));
        finish(record, true, forwarded, assembled);
        if (!agentGone && !held.isEmpty()) {
            write(out, held.subList(0, held.size() - 1));
        }
        try {
            out.close();
        } catch (IOException e) {
            // the agent has gone; the call is recorded
        }
    }

    private static String data(List<String> event) {
        StringBuilder data = null;
        for (String line : event) {
            if (line.startsWith("data:")) {
                String value = line.substring(5);
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return data == null ? null : data.toString();
    }

    /** Writes one event and flushes; false when the agent has gone. */
    private static boolean write(OutputStream out, List<String> event) {
        try {
            StringBuilder text = new StringBuilder();
            for (String line : event) {
                text.append(line).append('\n');
            }
            text.append('\n');
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private CallRecord record(Ledger.Admission admission, int status, boolean stream, CallUsage usage,
            boolean contextLength, boolean endpointFailure, int retries, String error) {
        return new CallRecord(admission.stage(), admission.sequence(), start, elapsedMs(), status,
                context.config().model(), stream, usage.promptTokens(), usage.cachedTokens(),
                usage.cacheWriteTokens(), usage.completionTokens(), usage.reasoningTokens(),
                context.price().cost(usage), usage.missing(), contextLength, endpointFailure, null, retries,
                key.scrub(error));
    }

    private void finish(CallRecord record, boolean endpointAnswered, JsonNode request, JsonNode response) {
        context.ledger().record(record);
        if (context.transcript() != null) {
            try {
                context.transcript().write(record, endpointAnswered, request, response);
            } catch (RuntimeException e) {
                context.problems().accept("cannot write the transcript of call " + record.sequence() + ": " + e);
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
