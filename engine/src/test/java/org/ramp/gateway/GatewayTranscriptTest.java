package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.gateway.TestAgent.KEY;
import static org.ramp.gateway.TestAgent.USAGE;
import static org.ramp.gateway.TestAgent.chat;
import static org.ramp.gateway.TestAgent.config;
import static org.ramp.gateway.TestAgent.request;
import static org.ramp.gateway.TestAgent.streamRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One JSONL file per stage, one line per call, never holding the key; and replaying it gives the same accounting. */
class GatewayTranscriptTest {
    private static final String ANTHROPIC_USAGE = "{\"input_tokens\": 20, \"cache_read_input_tokens\": 500,"
            + " \"cache_creation_input_tokens\": 80, \"output_tokens\": 60}";

    @TempDir
    Path root;

    @Test
    void eachStageHasItsTranscriptAndNoFileHoldsTheKey() throws Exception {
        Path transcripts = root.resolve("transcripts");
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("plain", USAGE),
                CannedResponse.toolCall("call_1", "run_shell", "{\"command\": \"make\"}", USAGE),
                CannedResponse.error(401, "Incorrect API key provided: " + KEY),
                CannedResponse.message("second stage", ANTHROPIC_USAGE));
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(transcripts).build())) {
            gateway.beginStage("T1", Budgets.UNLIMITED);
            chat(gateway, request("hello"));
            chat(gateway, streamRequest("build", false));
            chat(gateway, request("leaked " + KEY + " into a prompt"));
            gateway.beginStage("T2", Budgets.UNLIMITED.withMaxCalls(1));
            chat(gateway, request("go on"));
            chat(gateway, request("refused"));
            assertThat(gateway.problems()).isEmpty();
        }

        try (Stream<Path> files = Files.list(transcripts)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("T1.jsonl", "T2.jsonl");
        }
        List<JsonNode> t1 = lines(transcripts.resolve("T1.jsonl"));
        List<JsonNode> t2 = lines(transcripts.resolve("T2.jsonl"));
        assertThat(t1).hasSize(3);
        assertThat(t2).hasSize(2);

        JsonNode plain = t1.get(0);
        assertThat(plain.at("/record/stage").asText()).isEqualTo("T1");
        assertThat(plain.at("/record/sequence").asLong()).isEqualTo(1);
        assertThat(plain.at("/record/promptTokens").asLong()).isEqualTo(1000);
        assertThat(plain.path("endpointAnswered").asBoolean()).isTrue();
        assertThat(plain.at("/request/model").asText()).isEqualTo("gpt-4o");
        assertThat(plain.at("/request/messages/0/content").asText()).isEqualTo("hello");
        assertThat(plain.at("/response/choices/0/message/content").asText()).isEqualTo("plain");

        JsonNode stream = t1.get(1);
        assertThat(stream.at("/record/stream").asBoolean()).isTrue();
        assertThat(stream.at("/request/stream_options/include_usage").asBoolean()).isTrue();
        assertThat(stream.at("/response/object").asText()).isEqualTo("chat.completion");
        assertThat(stream.at("/response/choices/0/message/tool_calls/0/function/arguments").asText())
                .isEqualTo("{\"command\": \"make\"}");
        assertThat(stream.at("/response/usage/prompt_tokens").asLong()).isEqualTo(1000);

        JsonNode echoed = t1.get(2);
        assertThat(echoed.at("/record/status").asInt()).isEqualTo(401);
        assertThat(echoed.at("/request/messages/0/content").asText()).isEqualTo("leaked *** into a prompt");
        assertThat(echoed.at("/response/error/message").asText()).isEqualTo("Incorrect API key provided: ***");

        assertThat(t2.get(0).at("/record/cacheWriteTokens").asLong()).isEqualTo(80);
        JsonNode refused = t2.get(1);
        assertThat(refused.path("endpointAnswered").asBoolean()).isFalse();
        assertThat(refused.at("/record/refusedBy").asText()).isEqualTo("calls");
        assertThat(refused.at("/response/error/code").asText()).isEqualTo("ramp_budget_exhausted");
        assertThat(CallRecord.fromJson(refused.path("record")).refusedBy()).isEqualTo(BudgetKind.CALLS);

        assertNoFileHoldsTheKey(root);
    }

    @Test
    void replayingTheTranscriptGivesTheSameAccounting() throws Exception {
        Path recorded = root.resolve("recorded");
        List<String> originalAnswers = new ArrayList<>();
        UsageTotals original;
        UsageTotals originalT1;
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("one", USAGE),
                CannedResponse.error(429, "busy"), CannedResponse.toolCall("c", "list_files", "{}", ANTHROPIC_USAGE),
                CannedResponse.error(400, "maximum context length exceeded"),
                CannedResponse.message("three", "{\"prompt_tokens\": 7, \"completion_tokens\": 3,"
                        + " \"prompt_cache_hit_tokens\": 4, \"prompt_cache_miss_tokens\": 3}"));
                Gateway gateway = Gateway.start(config(endpoint).transcriptDir(recorded).build())) {
            runAgent(gateway, originalAnswers);
            original = gateway.usage();
            originalT1 = gateway.usage("T1");
        }

        List<String> replayedAnswers = new ArrayList<>();
        try (LocalEndpoint replay = LocalEndpoint.replaying(List.of(recorded.resolve("T1.jsonl"),
                recorded.resolve("T2.jsonl")));
                Gateway gateway = Gateway.start(config(replay).transcriptDir(root.resolve("replayed")).build())) {
            runAgent(gateway, replayedAnswers);
            UsageTotals replayed = gateway.usage();
            assertThat(replayed.totalTokens()).isEqualTo(original.totalTokens()).isPositive();
            assertThat(replayed.costUsd()).isEqualTo(original.costUsd());
            assertThat(replayed.calls()).isEqualTo(original.calls());
            assertThat(replayed.refusedCalls()).isEqualTo(original.refusedCalls()).isEqualTo(1);
            assertThat(replayed.contextLengthErrors()).isEqualTo(1);
            // a replay serves each call's final answer only: the 429 the original retried is not replayed
            assertThat(originalT1.retries()).isEqualTo(1);
            assertThat(gateway.usage("T1").retries()).isZero();
            assertThat(gateway.usage("T1")).usingRecursiveComparison().ignoringFields("retries").isEqualTo(originalT1);
            assertThat(replay.calls()).isEqualTo(4);
        }
        assertThat(replayedAnswers).isEqualTo(originalAnswers);
        assertNoFileHoldsTheKey(root);
    }

    private static void runAgent(Gateway gateway, List<String> answers) throws Exception {
        gateway.beginStage("T1", Budgets.UNLIMITED);
        answers.add(TestAgent.json(chat(gateway, request("a"))).at("/choices/0/message/content").asText());
        answers.add(String.join("|", TestAgent.events(chat(gateway, streamRequest("b", true)).body())));
        gateway.beginStage("T2", Budgets.UNLIMITED.withMaxCalls(2));
        answers.add(chat(gateway, request("c")).statusCode() + "");
        answers.add(TestAgent.json(chat(gateway, request("d"))).at("/choices/0/message/content").asText());
        answers.add(chat(gateway, request("e")).statusCode() + "");
    }

    /** The call lines of a transcript (each forwarded call also has its earlier "admitted" line). */
    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode json = TestAgent.JSON.readTree(line);
            if (json.has("record")) {
                lines.add(json);
            } else {
                assertThat(json.has("admitted")).as(line).isTrue();
            }
        }
        return lines;
    }

    static void assertNoFileHoldsTheKey(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(KEY);
        }
    }
}
