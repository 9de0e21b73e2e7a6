package org.ramp.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.Gateway;
import org.ramp.gateway.GatewayConfig;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ModelPrice;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.gateway.UsageTotals;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.Usage;
import org.ramp.run.FailureClassifier;
import org.ramp.util.Progress;

/** The builtin agent's loop through a real gateway to a scripted endpoint, with its tools run locally. */
class BuiltinAgentTest {
    private static final String USAGE = "{\"prompt_tokens\": 100, \"completion_tokens\": 10}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LocalEndpoint endpoint;
    private Gateway gateway;
    private final List<String> progress = new ArrayList<>();

    @AfterEach
    void close() {
        if (gateway != null) {
            gateway.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private void script(Budgets budgets, CannedResponse... responses) {
        endpoint = LocalEndpoint.start(responses);
        gateway = Gateway.start(GatewayConfig.builder(endpoint.baseUrl(), Secret.of("sk-test"), LocalEndpoint.MODEL)
                .price(new ModelPrice(LocalEndpoint.MODEL, 1, 0.1, 2, "test", ""))
                .runBudgets(budgets)
                .retry(RetryPolicy.NONE)
                .build());
    }

    private AgentOutcome work(BuiltinAgent agent, String stage, int maxTurns) throws InterruptedException {
        gateway.beginStage(stage, Budgets.UNLIMITED);
        AgentTask task = new AgentTask(stage, "Do stage " + stage, () -> new LocalWorkbench(dir),
                new AgentTask.ModelAccess(gateway.baseUrl(), gateway.token(), gateway.model()),
                Instant.now().plusSeconds(60), maxTurns, (Progress) progress::add);
        return agent.work(task);
    }

    private static BuiltinAgent agent(boolean fresh, int window) {
        return new BuiltinAgent(new BuiltinAgent.Settings(fresh, window, 0.2, Duration.ofSeconds(30)));
    }

    private static CannedResponse call(String id, String tool, String arguments) {
        return CannedResponse.toolCall(id, tool, arguments, USAGE);
    }

    @Test
    void usesTheToolsUntilItFinishes() throws Exception {
        script(Budgets.UNLIMITED,
                call("c1", "run_shell", "{\"command\": \"echo hello > a.txt && cat a.txt\"}"),
                call("c2", "write_file", "{\"path\": \"src/b.txt\", \"content\": \"bee\"}"),
                call("c3", "read_file", "{\"path\": \"src/b.txt\"}"),
                call("c4", "list_files", "{}"),
                call("c5", "finish", "{\"summary\": \"done\"}"));
        AgentOutcome outcome = work(agent(false, 128_000), "T0", 50);
        assertThat(outcome.stopReason()).isEqualTo(StopReason.FINISHED);
        assertThat(outcome.turns()).isEqualTo(5);
        assertThat(outcome.toolCalls()).isEqualTo(5);
        assertThat(outcome.toolErrors()).isZero();
        assertThat(Files.readString(dir.resolve("src/b.txt"))).isEqualTo("bee");
        JsonNode last = JSON.readTree(endpoint.requests().get(4).body()).path("messages");
        assertThat(toolResult(last, "c1")).contains("exit status 0").contains("hello");
        assertThat(toolResult(last, "c3")).isEqualTo("bee");
        assertThat(toolResult(last, "c4")).contains("a.txt").contains("src/b.txt");
        assertThat(gateway.usage("T0").calls()).isEqualTo(5);
        assertThat(endpoint.requests().get(0).body()).contains("\"tools\"").contains("run_shell");
    }

    @Test
    void badToolCallsAreErrorsTheModelSeesNotCrashes() throws Exception {
        script(Budgets.UNLIMITED,
                call("c1", "run_shell", "{not json"),
                call("c2", "teleport", "{}"),
                call("c3", "read_file", "{\"path\": \"missing.txt\"}"),
                call("c4", "write_file", "{\"path\": \"x\"}"),
                call("c5", "finish", "{}"));
        AgentOutcome outcome = work(agent(false, 128_000), "T1", 50);
        assertThat(outcome.toolErrors()).isEqualTo(4);
        JsonNode last = JSON.readTree(endpoint.requests().get(4).body()).path("messages");
        assertThat(toolResult(last, "c1")).startsWith("error: the arguments are not valid JSON");
        assertThat(toolResult(last, "c2")).startsWith("error: there is no tool \"teleport\"");
        assertThat(toolResult(last, "c3")).startsWith("error: cannot read missing.txt");
        assertThat(toolResult(last, "c4")).contains("needs \"content\"");
    }

    @Test
    void stopsAfterThreeAnswersWithoutAToolCallAndNudgesInBetween() throws Exception {
        script(Budgets.UNLIMITED, CannedResponse.message("thinking", USAGE), CannedResponse.message("still", USAGE),
                CannedResponse.message("done?", USAGE));
        AgentOutcome outcome = work(agent(false, 128_000), "T2", 50);
        assertThat(outcome.stopReason()).isEqualTo(StopReason.NO_TOOL_CALLS);
        assertThat(endpoint.requests().get(1).body()).contains("Continue with the stage using the tools");
    }

    @Test
    void stopsWhenTheGatewayRefusesOnABudget() throws Exception {
        script(new Budgets(2L, null, null, null), call("c1", "run_shell", "{\"command\": \"true\"}"),
                call("c2", "run_shell", "{\"command\": \"true\"}"), call("c3", "finish", "{}"));
        AgentOutcome outcome = work(agent(false, 128_000), "T3", 50);
        assertThat(outcome.stopReason()).isEqualTo("budget-calls");
        assertThat(endpoint.calls()).isEqualTo(2);
    }

    @Test
    void stopsOnAContextLengthErrorWhenNothingIsLeftToCompact() throws Exception {
        script(Budgets.UNLIMITED, CannedResponse.error(400, "This model's maximum context length is 8192 tokens."));
        AgentOutcome outcome = work(agent(false, 128_000), "T4", 50);
        assertThat(outcome.stopReason()).isEqualTo(StopReason.CONTEXT_LENGTH);
        assertThat(gateway.usage("T4").contextLengthErrors()).isEqualTo(1);
    }

    @Test
    void anEndpointFailureStopsTheAgent() throws Exception {
        script(Budgets.UNLIMITED, CannedResponse.error(500, "upstream exploded"));
        assertThat(work(agent(false, 128_000), "T5", 50).stopReason()).isEqualTo(StopReason.ENDPOINT_FAILURE);
    }

    @Test
    void stopsAtTheTurnLimit() throws Exception {
        script(Budgets.UNLIMITED, call("c1", "run_shell", "{\"command\": \"true\"}"),
                call("c2", "run_shell", "{\"command\": \"true\"}"), call("c3", "run_shell", "{\"command\": \"true\"}"));
        AgentOutcome outcome = work(agent(false, 128_000), "T1", 2);
        assertThat(outcome.stopReason()).isEqualTo(StopReason.MAX_TURNS);
        assertThat(outcome.turns()).isEqualTo(2);
    }

    @Test
    void oneConversationRunsAcrossStagesUnlessFreshOnesAreAsked() throws Exception {
        script(Budgets.UNLIMITED, call("a", "finish", "{}"), call("b", "finish", "{}"), call("c", "finish", "{}"),
                call("d", "finish", "{}"));
        BuiltinAgent single = agent(false, 128_000);
        work(single, "T0", 5);
        work(single, "T1", 5);
        assertThat(endpoint.requests().get(1).body()).contains("Do stage T0").contains("Do stage T1");
        BuiltinAgent fresh = agent(true, 128_000);
        work(fresh, "T0", 5);
        work(fresh, "T1", 5);
        assertThat(endpoint.requests().get(3).body()).doesNotContain("Do stage T0").contains("Do stage T1");
    }

    @Test
    void aSmallWindowElidesOldToolOutputsAndKeepsTheConversationWellFormed() throws Exception {
        List<CannedResponse> responses = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            // no prompt count from the endpoint: the agent estimates the conversation's size itself
            responses.add(CannedResponse.toolCall("c" + i, "run_shell", "{\"command\": \"yes x | head -c 3000\"}",
                    "{\"completion_tokens\": 10}"));
        }
        responses.add(call("end", "finish", "{}"));
        script(Budgets.UNLIMITED, responses.toArray(CannedResponse[]::new));
        AgentOutcome outcome = work(agent(false, 8_000), "T2", 50);
        assertThat(outcome.stopReason()).isEqualTo(StopReason.FINISHED);
        JsonNode last = JSON.readTree(endpoint.requests().get(endpoint.requests().size() - 1).body()).path("messages");
        assertThat(last.toString()).contains("[output elided to save context");
        assertThat(last.toString().length() / 4).isLessThan(8_000);
        assertWellFormed(last);
    }

    /** Every tool message answers a call of the assistant message before it. */
    static void assertWellFormed(JsonNode messages) {
        List<String> open = new ArrayList<>();
        for (JsonNode message : messages) {
            String role = message.path("role").asText();
            if (role.equals("assistant")) {
                open.clear();
                message.path("tool_calls").forEach(call -> open.add(call.path("id").asText()));
            } else if (role.equals("tool")) {
                assertThat(open).contains(message.path("tool_call_id").asText());
            }
        }
    }

    private static String toolResult(JsonNode messages, String callId) {
        for (JsonNode message : messages) {
            if (message.path("tool_call_id").asText().equals(callId)) {
                return message.path("content").asText();
            }
        }
        throw new AssertionError("no tool result for " + callId);
    }

    @Test
    void whatTheAgentPrintsAndSavesNeverHoldsAKeyItWasGiven() throws Exception {
        // straight to an endpoint that reflects the key, without the gateway's scrubbing: the agent's own
        String key = "sk-agent-test-7d1e0c9a44b2f8e6";
        Secret secret = Secret.of(key);
        String escaped = key.chars().mapToObj(c -> String.format("\\u%04x", c)).collect(Collectors.joining());
        endpoint = LocalEndpoint.start(
                CannedResponse.json("{\"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", \"message\":"
                        + " {\"role\": \"assistant\", \"content\": \"your key is " + escaped + "\"}}]}"),
                call("c1", "run_shell", "{\"command\": \"echo " + key + " > k.txt\"}"),
                call("c2", "finish", "{}"));
        AgentTask task = new AgentTask("T0", "Do stage T0", () -> new LocalWorkbench(dir),
                new AgentTask.ModelAccess(endpoint.baseUrl(), "token", LocalEndpoint.MODEL),
                Instant.now().plusSeconds(60), 10, (Progress) progress::add);
        BuiltinAgent agent = agent(false, 128_000);
        assertThat(agent.work(task).stopReason()).isEqualTo(StopReason.FINISHED);
        agent.save(dir.resolve("conversation.json"));

        assertThat(progress).anyMatch(line -> line.contains("no tool call: your key is ***"));
        assertThat(progress).anyMatch(line -> line.contains("run_shell {\"command\": \"echo *** > k.txt\"}"));
        assertThat(String.join("\n", progress)).doesNotContain(key).doesNotContain(key.substring(0, 12));
        String saved = Files.readString(dir.resolve("conversation.json"));
        assertThat(saved).doesNotContain(key).doesNotContain(escaped).contains("your key is ***");
        assertThat(endpoint.requests().get(0).header("User-Agent")).isEqualTo(ChatClient.USER_AGENT);
        secret.wipe();
    }

    @Test
    void aCallHungUntilTheStagesTimeEndsIsTheEndpointsFailure() throws Exception {
        endpoint = LocalEndpoint.start(call("c1", "list_files", "{}"), CannedResponse.hanging());
        gateway = Gateway.start(GatewayConfig.builder(endpoint.baseUrl(), Secret.of("sk-test"), LocalEndpoint.MODEL)
                .price(new ModelPrice(LocalEndpoint.MODEL, 1, 0.1, 2, "test", "")).retry(RetryPolicy.NONE)
                .requestTimeout(Duration.ofSeconds(10)).build());
        gateway.beginStage("T3", Budgets.UNLIMITED.withMaxWallSeconds(2));
        AgentTask task = new AgentTask("T3", "Do stage T3", () -> new LocalWorkbench(dir),
                new AgentTask.ModelAccess(gateway.baseUrl(), gateway.token(), gateway.model()),
                Instant.now().plusSeconds(60), 50, (Progress) progress::add);
        AgentOutcome outcome = agent(false, 128_000).work(task);
        gateway.endStage("T3", Duration.ofSeconds(5));

        assertThat(outcome.stopReason()).isEqualTo(StopReason.TIME);
        UsageTotals totals = gateway.usage("T3");
        assertThat(totals.calls()).isEqualTo(2);
        assertThat(totals.callsCut()).isEqualTo(1);
        assertThat(gateway.records().get(1).client()).isEqualTo(ChatClient.USER_AGENT);
        Usage usage = new Usage((int) totals.calls(), totals.promptTokens(), 0, 0, totals.completionTokens(), 0,
                totals.costUsd(), totals.totalTokens(), totals.totalTokens(), 0, (int) totals.endpointFailures(),
                (int) totals.callsCut(), totals.endpointSecondsLost());
        Failure failure = FailureClassifier.classify(new FailureClassifier.Evidence(0, 60, outcome, usage,
                totals.budgetExhausted().map(b -> b.kind().word()), "ok", "", List.of(), List.of(),
                gateway.endpointSecondsLostBefore("T3")));
        assertThat(failure.failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
        assertThat(failure.evidence()).anyMatch(e -> e.contains("1 cut at their deadline"));
    }
}
