package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.KEY;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.json;
import static org.ramp.gateway.TestAgent.request;
import static org.ramp.gateway.TestAgent.streamRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An endpoint that reflects the key, in whatever encoding and however split, never gets it through
 * to the agent, a record or a transcript. (Before: a key as JSON \\u escapes, or split over two stream
 * chunks, reached the agent.) Every check decodes what the agent got on its own: JSON, then escapes
 * left in decoded strings, then a stream's pieces joined per choice and tool call.
 */
class GatewayScrubbingTest {
    /** A key with slashes, as some providers' keys have, for the \/ escape. */
    private static final String SLASHED = "az-key/7Qm2vX9pL4/tR8wN3kY6";

    @TempDir
    Path dir;

    @Test
    void aKeyAsUnicodeEscapesInAWholeAnswer() throws Exception {
        String body = completion("\"content\": \"here: " + unicode(KEY) + " and " + unicode(KEY).toUpperCase()
                .replace("\\U", "\\u") + "\"");
        HttpResponse<String> answer = through(CannedResponse.json(body), request("x"));
        assertClean(answer.body());
        assertThat(json(answer).at("/choices/0/message/content").asText()).isEqualTo("here: *** and ***");
    }

    @Test
    void aKeyWithSlashEscapes() throws Exception {
        Secret slashed = Secret.of(SLASHED);
        String body = completion("\"content\": \"" + SLASHED.replace("/", "\\/") + "\"");
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.json(body));
                Gateway gateway = Gateway.start(GatewayConfig.builder(endpoint.baseUrl(), slashed, "gpt-4o")
                        .transcriptDir(dir).build())) {
            HttpResponse<String> answer = chat(gateway, request("x"));
            assertThat(answer.body()).doesNotContain(SLASHED).doesNotContain(SLASHED.replace("/", "\\/"));
            assertThat(json(answer).at("/choices/0/message/content").asText()).isEqualTo("***");
        }
        assertThat(Files.readString(dir.resolve(Ledger.DEFAULT_STAGE + ".jsonl"))).doesNotContain(SLASHED)
                .doesNotContain(SLASHED.replace("/", "\\/"));
        assertThat(Secret.scrub("a " + SLASHED.replace("/", "%2F") + " b")).isEqualTo("a *** b");
    }

    @Test
    void aKeySplitOverTwoAndOverThreeStreamChunks() throws Exception {
        String two = String.join("|", List.of(KEY.substring(0, 10), KEY.substring(10)));
        String three = String.join("|", List.of(KEY.substring(0, 3), KEY.substring(3, 21), KEY.substring(21)));
        for (String split : List.of(two, three)) {
            List<String> pieces = new ArrayList<>(List.of(("before " + split + " after").split("\\|")));
            HttpResponse<String> answer = through(CannedResponse.events(contentChunks(pieces)), streamRequest("x", false));
            assertClean(answer.body());
            assertThat(streamedText(answer.body(), "content")).isEqualTo("before *** after");
        }
        // escaped twice (the text itself spells \\u0073...), split inside an escape: "...\\u00" then "73..."
        String escaped = unicode(KEY).replace("\\", "\\\\");
        List<String> pieces = List.of("x " + escaped.substring(0, 30), escaped.substring(30) + " y");
        HttpResponse<String> answer = through(CannedResponse.events(contentChunks(pieces)), streamRequest("x", false));
        assertClean(answer.body());
        assertThat(streamedText(answer.body(), "content")).isEqualTo("x *** y");
    }

    @Test
    void aStreamIsHeldBackNoMoreThanAKeysLength() throws Exception {
        List<String> pieces = List.of("Hello, ", "this is", " fine, s", "o it goes");
        HttpResponse<String> answer = through(CannedResponse.events(contentChunks(pieces)), streamRequest("x", false));
        List<String> forwarded = new ArrayList<>();
        for (String data : TestAgent.events(answer.body())) {
            JsonNode chunk = data.equals("[DONE]") ? null : TestAgent.JSON.readTree(data);
            if (chunk != null && chunk.at("/choices/0/delta/content").isTextual()) {
                forwarded.add(chunk.at("/choices/0/delta/content").asText());
            }
        }
        // a tail that could begin the key ("s", "sk-...") waits for the next piece (the last one for the
        // finish chunk); nothing else waits
        assertThat(forwarded).containsExactly("Hello, ", "this i", "s fine, ", "so it goe", "s");
        assertThat(String.join("", forwarded)).isEqualTo(String.join("", pieces));
    }

    @Test
    void aKeyInAHeader() throws Exception {
        HttpResponse<String> answer = through(CannedResponse.message("ok", USAGE).withHeader("x-request-id", "req " + KEY)
                .withHeader("Content-Type", "application/json; note=" + KEY), request("x"));
        assertThat(answer.headers().firstValue("x-request-id")).hasValue("req ***");
        assertThat(answer.headers().firstValue("content-type")).hasValue("application/json; note=***");
        assertThat(answer.headers().map().toString()).doesNotContain(KEY);
    }

    @Test
    void aKeyInAnErrorBody() throws Exception {
        String error = "{\"error\": {\"message\": \"Incorrect API key provided: " + unicode(KEY)
                + "\", \"type\": \"invalid_request_error\", \"code\": \"" + KEY + "\"}}";
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.status(401, error), CannedResponse.status(500,
                "<html>upstream said " + KEY + "</html>"));
                Gateway gateway = Gateway.start(config(endpoint).retry(RetryPolicy.NONE).transcriptDir(dir).build())) {
            HttpResponse<String> json = chat(gateway, request("x"));
            assertClean(json.body());
            assertThat(json(json).at("/error/message").asText()).isEqualTo("Incorrect API key provided: ***");
            HttpResponse<String> html = chat(gateway, request("y"));
            assertThat(html.body()).isEqualTo("<html>upstream said ***</html>");
            assertThat(gateway.records()).extracting(CallRecord::error)
                    .containsExactly("HTTP 401: Incorrect API key provided: ***", "HTTP 500: <html>upstream said ***</html>");
        }
        assertTranscriptClean();
    }

    @Test
    void aKeyInAToolCallsArgumentsWholeAndStreamed() throws Exception {
        // inside the JSON arguments inside the JSON answer: escaped twice over
        String arguments = "{\"command\": \"curl -H 'Authorization: Bearer " + unicode(KEY) + "'\"}";
        CannedResponse tool = CannedResponse.toolCall("c1", "run_shell", arguments, USAGE);
        HttpResponse<String> whole = through(tool, request("x"));
        assertClean(whole.body());
        String received = json(whole).at("/choices/0/message/tool_calls/0/function/arguments").asText();
        assertThat(TestAgent.JSON.readTree(received).path("command").asText())
                .isEqualTo("curl -H 'Authorization: Bearer ***'");

        // streamed, the arguments arrive in 8-character pieces: the key spans five chunks
        CannedResponse plain = CannedResponse.toolCall("c2", "run_shell", "{\"command\": \"echo " + KEY + "\"}", USAGE);
        HttpResponse<String> streamed = through(plain, streamRequest("x", true));
        assertClean(streamed.body());
        assertThat(streamedArguments(streamed.body())).isEqualTo("{\"command\": \"echo ***\"}");
    }

    @Test
    void aKeyInUsageFields() throws Exception {
        String usage = "{\"prompt_tokens\": 10, \"completion_tokens\": 5, \"provider\": \"" + unicode(KEY) + "\", \""
                + KEY + "\": 1}";
        HttpResponse<String> whole = through(CannedResponse.message("ok", usage), request("x"));
        assertClean(whole.body());
        assertThat(json(whole).at("/usage/provider").asText()).isEqualTo("***");
        HttpResponse<String> streamed = through(CannedResponse.message("ok", usage), streamRequest("x", true));
        assertClean(streamed.body());
        assertThat(streamed.body()).contains("\"provider\":\"***\"");
        assertTranscriptClean();
    }

    @Test
    void aKeyInALineThatIsNotJson() throws Exception {
        HttpResponse<String> answer = through(CannedResponse.events("not json " + KEY,
                "{\"choices\": [{\"index\": 0, \"delta\": {\"content\": \"ok\"}, \"finish_reason\": \"stop\"}]}"),
                streamRequest("x", false));
        assertClean(answer.body());
        assertThat(answer.body()).contains("not json ***");
    }

    /** Calls the gateway once, with {@code answer} scripted; the transcript goes to {@link #dir}. */
    private HttpResponse<String> through(CannedResponse answer, String body) throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(answer);
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(dir).build())) {
            HttpResponse<String> response = chat(gateway, body);
            assertThat(gateway.records()).allSatisfy(call -> assertThat(call.toJson().toString()).doesNotContain(KEY));
            return response;
        } finally {
            assertTranscriptClean();
        }
    }

    private void assertTranscriptClean() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertClean(Files.readString(file));
            }
        }
    }

    /** Neither the text nor anything decoded from it holds the key. */
    private static void assertClean(String text) throws Exception {
        assertThat(unescape(text)).doesNotContain(KEY);
        List<String> texts = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String payload = line.startsWith("data: ") ? line.substring(6) : line;
            strings(Gateway.parseOrNull(payload), texts);
        }
        for (String decoded : texts) {
            assertThat(unescape(decoded)).doesNotContain(KEY);
        }
        if (text.contains("data: ")) {
            assertThat(unescape(streamedText(text, "content"))).doesNotContain(KEY);
            assertThat(unescape(streamedArguments(text))).doesNotContain(KEY);
        }
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            into.add(node.asText());
            JsonNode inner = Gateway.parseOrNull(node.asText());
            if (inner != null && inner.isContainerNode()) {
                strings(inner, into);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            into.add(field.getKey());
            strings(field.getValue(), into);
        }
        if (node.isArray()) {
            node.forEach(child -> strings(child, into));
        }
    }

    /** Replaces \\uXXXX and \\/ by what they stand for, however deep in escapes they are. */
    private static String unescape(String text) {
        String previous;
        do {
            previous = text;
            Matcher unicode = Pattern.compile("\\\\+u([0-9a-fA-F]{4})").matcher(text);
            text = unicode.replaceAll(m -> Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            text = text.replaceAll("\\\\+/", "/");
        } while (!text.equals(previous));
        return text;
    }

    private static String unicode(String text) {
        return text.chars().mapToObj(c -> String.format("\\u%04x", c)).collect(Collectors.joining());
    }

    private static String completion(String messageFields) {
        return "{\"id\": \"c\", \"object\": \"chat.completion\", \"choices\": [{\"index\": 0, \"finish_reason\": \"stop\","
                + " \"message\": {\"role\": \"assistant\", " + messageFields + "}}]}";
    }

    /** Stream chunks carrying these content pieces verbatim (escapes kept), then a finish chunk. */
    private static String[] contentChunks(List<String> pieces) {
        List<String> chunks = new ArrayList<>();
        chunks.add("{\"id\": \"s\", \"choices\": [{\"index\": 0, \"delta\": {\"role\": \"assistant\"}}]}");
        for (String piece : pieces) {
            chunks.add("{\"id\": \"s\", \"choices\": [{\"index\": 0, \"delta\": {\"content\": \"" + piece + "\"}}]}");
        }
        chunks.add("{\"id\": \"s\", \"choices\": [{\"index\": 0, \"delta\": {}, \"finish_reason\": \"stop\"}]}");
        return chunks.toArray(String[]::new);
    }

    /** A stream's {@code field} deltas of choice 0 joined, as a client assembles them. */
    private static String streamedText(String body, String field) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String data : TestAgent.events(body)) {
            JsonNode chunk = Gateway.parseOrNull(data);
            if (chunk != null && chunk.at("/choices/0/delta/" + field).isTextual()) {
                text.append(chunk.at("/choices/0/delta/" + field).asText());
            }
        }
        return text.toString();
    }

    private static String streamedArguments(String body) {
        StringBuilder text = new StringBuilder();
        for (String data : TestAgent.events(body)) {
            JsonNode chunk = Gateway.parseOrNull(data);
            if (chunk != null) {
                for (JsonNode call : chunk.at("/choices/0/delta/tool_calls")) {
                    text.append(call.path("function").path("arguments").asText(""));
                }
            }
        }
        return text.toString();
    }
}
