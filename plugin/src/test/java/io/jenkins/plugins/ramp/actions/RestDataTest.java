package io.jenkins.plugins.ramp.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * What {@code BUILD/ramp/api/json} exports: Stapler writes the {@code @Exported} getters' values (maps, lists,
 * strings, numbers, booleans); here they are written as JSON with Jackson, which writes such values the same way.
 */
class RestDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path build;

    @Test
    void theActionExportsItsRunsGatesAndLeaderboard() throws Exception {
        PageFixture fixture = new PageFixture(build);
        RampBuildAction action = fixture.action;
        assertThat(RampBuildAction.class.isAnnotationPresent(ExportedBean.class)).isTrue();
        assertThat(RampBuildAction.class.getMethod("getGateOutcome").getAnnotation(Exported.class).visibility())
                .isEqualTo(2);
        assertThat(action.getGateOutcome()).isEqualTo("unstable");
        assertThat(action.getReferenceBuild()).isEqualTo("#3");
        JsonNode board = JSON.valueToTree(action.getLeaderboard());
        assertThat(board.get(0).get("name").asText()).isEqualTo("gpt-4o");
        assertThat(board.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(board.get(1).get("aei").asDouble()).isEqualTo(55.5);

        JsonNode runs = JSON.valueToTree(action.getRuns());
        JsonNode gpt = runs.get(0);
        assertThat(gpt.get("name").asText()).isEqualTo("gpt-4o");
        assertThat(gpt.get("status").asText()).isEqualTo("completed");
        assertThat(gpt.get("metrics").get("aei").asDouble()).isEqualTo(69.25);
        assertThat(gpt.get("metrics").get("aeiComponents").get("time").asDouble()).isEqualTo(80.0);
        assertThat(gpt.get("totals").get("costUsd").asDouble()).isEqualTo(2.41);
        assertThat(gpt.get("stages")).hasSize(6);
        assertThat(gpt.get("stages").get(2).get("score").asDouble()).isEqualTo(41.0);
        assertThat(gpt.get("gates").get(0).get("status").asText()).isEqualTo("failed");
        assertThat(gpt.get("gates").get(0).get("delta").asDouble()).isEqualTo(-2.75);
        // without an owner (no build folder) the stages come from the summary: no time, tokens or cost
        assertThat(gpt.get("stages").get(2).get("seconds").isNull()).isTrue();
    }

    @Test
    void withTheDetailsTheStagesHaveTimeTokensCostAndEvidence() throws Exception {
        PageFixture fixture = new PageFixture(build);
        Map<String, Object> run = fixture.action.find("gpt-4o").toMap(RampBuildAction.details(fixture.folder));
        JsonNode stage = JSON.valueToTree(run).get("stages").get(2);
        assertThat(stage.get("seconds").asDouble()).isEqualTo(150.0);
        assertThat(stage.get("tokens").asLong()).isEqualTo(52_000);
        assertThat(stage.get("failureClass").asText()).isEqualTo("reasoning");
        assertThat(stage.get("evidence").get(0).asText()).startsWith("turn budget ran out").doesNotContain("\u001b");
        assertThat(stage.get("inputs").asText()).isEqualTo("agent");
        assertThat(JSON.valueToTree(run).get("files")).hasSize(2);
    }

    @Test
    void outcomesOnlyGetWorse() {
        assertThat(Outcomes.worse(null, "none")).isEqualTo("none");
        assertThat(Outcomes.worse("unstable", "note")).isEqualTo("unstable");
        assertThat(Outcomes.worse("note", "failure")).isEqualTo("failure");
        assertThat(Outcomes.worse("none", null)).isEqualTo("none");
        RampBuildAction action = new RampBuildAction();
        action.gates(Map.of(), "failure", null);
        action.gates(Map.of(), "none", "#2");
        assertThat(action.getGateOutcome()).isEqualTo("failure");
        assertThat(action.getReferenceBuild()).isEqualTo("#2");
        assertThat(action.getRecords()).isEqualTo(List.of());
    }
}
