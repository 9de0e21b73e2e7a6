package org.ramp.attacks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ReceivedRequest;
import org.ramp.results.StageResult;
import org.ramp.run.RunConfig;
import org.ramp.run.RunFixture;
import org.ramp.run.RunSession;

/**
 * The first stages of a run, the model played by a scripted endpoint, as the Jenkins steps run them
 * (one {@link RunSession}, stage by stage): what each stage recorded, what the run printed, and what
 * every tool call gave the model, for the attack tests to assert on.
 */
final class AttackSession {
    private AttackSession() {
    }

    /** What the stages left. */
    record Outcome(Path runDir, List<StageResult> stages, List<ReceivedRequest> requests, List<String> progress) {
        StageResult stage(String id) {
            return stages.stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no result of " + id + " in " + stages));
        }

        /** What the tool call with this id returned to the model (the next request carries it). */
        String toolResult(String callId) {
            for (ReceivedRequest request : requests) {
                for (JsonNode message : request.json().path("messages")) {
                    if (callId.equals(message.path("tool_call_id").asText())) {
                        return message.path("content").asText();
                    }
                }
            }
            throw new AssertionError("no result of tool call " + callId + " reached the model; progress:\n"
                    + String.join("\n", progress));
        }

        String progressText() {
            return String.join("\n", progress);
        }
    }

    /** Runs the first {@code count} stages of a builtin agent's run. */
    static Outcome run(RunFixture fixture, Path runDir, int count, List<CannedResponse> script) throws Exception {
        return run(fixture, endpoint -> fixture.config(runDir, endpoint), count, script);
    }

    /** Runs the first {@code count} stages of the run {@code config} makes for the endpoint. */
    static Outcome run(RunFixture fixture, Function<LocalEndpoint, RunConfig> config, int count,
            List<CannedResponse> script) throws Exception {
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        List<StageResult> stages = new ArrayList<>();
        try (LocalEndpoint endpoint = LocalEndpoint.start(script)) {
            RunConfig run = config.apply(endpoint);
            try (RunSession session = RunSession.create(run, fixture.docker, fixture.toolchain, progress::add)) {
                for (int i = 0; i < count; i++) {
                    stages.add(session.runStage(null));
                }
            }
            return new Outcome(run.runDir(), stages, endpoint.requests(), List.copyOf(progress));
        }
    }

    /** Every stage's script but the first few: hand each in at once. */
    static List<CannedResponse> finishing(int fromStage, int toStage) {
        List<CannedResponse> script = new ArrayList<>();
        for (int stage = fromStage; stage <= toStage; stage++) {
            script.add(RunFixture.finish("t" + stage + "-finish"));
        }
        return script;
    }
}
