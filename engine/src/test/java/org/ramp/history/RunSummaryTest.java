package org.ramp.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.report.RunResultFixtures;
import org.ramp.results.FailureClass;
import org.ramp.results.InputSource;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunStatus;
import org.ramp.results.StageStatus;

/** A run's summary: what it keeps of run.json, its size, and reading it back with errors that name the field. */
class RunSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void keepsTheStagesMetricsAndTotalsOfACompletedRun() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        RunSummary summary = RunSummary.of(run, "deepseek-nightly");

        assertThat(summary.schema()).isEqualTo("ramp-summary/1");
        assertThat(summary.name()).isEqualTo("deepseek-nightly");
        assertThat(summary.runId()).isEqualTo(run.runId());
        assertThat(summary.model()).isEqualTo("deepseek-chat");
        assertThat(summary.agent()).isEqualTo("builtin");
        assertThat(summary.mode()).isEqualTo("chain");
        assertThat(summary.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(summary.startedAt()).isEqualTo(run.startedAt());
        assertThat(summary.complete()).isTrue();

        assertThat(summary.stages()).extracting(RunSummary.Stage::id)
                .containsExactly("T0", "T1", "T2", "T3", "T4", "T5");
        RunSummary.Stage t3 = summary.stage("T3");
        assertThat(t3.name()).isEqualTo("irgen");
        assertThat(t3.score()).isEqualTo(41);
        assertThat(t3.status()).isEqualTo(StageStatus.FAILED);
        assertThat(t3.resurrected()).isTrue();
        assertThat(t3.failureClass()).isEqualTo(FailureClass.REASONING);
        assertThat(summary.stage("T4").inputs()).isEqualTo(InputSource.RESURRECTION);
        assertThat(summary.stage("T2").failureClass()).isNull();
        assertThat(summary.stage("T9")).isNull();

        RunMetrics metrics = run.metrics();
        RunSummary.Metrics kept = summary.metrics();
        assertThat(kept.pipelineScore()).isEqualTo(metrics.pipelineScore());
        assertThat(kept.meanReward()).isEqualTo(metrics.meanReward());
        assertThat(kept.passScore()).isEqualTo(metrics.passScore());
        assertThat(kept.stage()).isEqualTo(metrics.stage());
        assertThat(kept.strictScore()).isEqualTo(metrics.strictScore());
        assertThat(kept.aei()).isEqualTo(metrics.aei());
        assertThat(kept.aeiComponents().time()).isEqualTo(metrics.aeiComponents().get("time"));
        assertThat(kept.aeiComponents().tokens()).isEqualTo(metrics.aeiComponents().get("tokens"));

        RunSummary.Totals totals = summary.totals();
        assertThat(totals.seconds()).isEqualTo(run.totals().seconds());
        assertThat(totals.costUsd()).isEqualTo(run.totals().usage().costUsd());
        assertThat(totals.tokensCorrected()).isEqualTo(run.totals().usage().tokensCorrected());
        assertThat(totals.tokensRamp()).isEqualTo(run.totals().usage().tokensRamp());
        assertThat(totals.calls()).isEqualTo(run.totals().usage().calls());
        assertThat(totals.stagesPassed()).isEqualTo(4);
        assertThat(totals.modelFailures()).isEqualTo(2);
        assertThat(totals.infrastructureFailures()).isZero();
    }

    @Test
    void theNameIsTheRunIdUnlessGiven() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        assertThat(RunSummary.of(run, null).name()).isEqualTo(run.runId());
        assertThat(RunSummary.of(run, "  ").name()).isEqualTo(run.runId());
        assertThat(RunSummary.of(run, null).withName("gpt-4o").name()).isEqualTo("gpt-4o");
    }

    @Test
    void aRunThatDidNotCompleteKeepsItsStagesAndPartialTotalsButNoMetrics() throws Exception {
        RunSummary running = RunSummary.of(RunResultFixtures.running(), null);
        assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(running.metrics()).isNull();
        assertThat(running.complete()).isFalse();
        assertThat(running.stages()).hasSize(3);
        assertThat(running.totals()).isNotNull();

        RunSummary interrupted = RunSummary.of(RunResultFixtures.interruptedWithoutTotals(), null);
        assertThat(interrupted.totals()).isNull();
        assertThat(interrupted.stages()).hasSize(2);

        // all six stages and metrics in run.json, but interrupted (the endpoint failed): not final
        RunResult interruptedWithMetrics = RunResultFixtures.history().get(1);
        assertThat(interruptedWithMetrics.metrics()).isNotNull();
        RunSummary summary = RunSummary.of(interruptedWithMetrics, null);
        assertThat(summary.metrics()).isNull();
        assertThat(summary.totals().infrastructureFailures()).isEqualTo(1);
        assertThat(summary.stage("T5").failureClass()).isEqualTo(FailureClass.INFRASTRUCTURE);
    }

    @Test
    void itsJsonIsWellUnderTwoKilobytesAndReadsBackEqual() throws Exception {
        for (RunResult run : List.of(RunResultFixtures.realistic(), RunResultFixtures.history().get(0),
                RunResultFixtures.running(), RunResultFixtures.interruptedWithoutTotals())) {
            RunSummary summary = RunSummary.of(run, "gpt-4.1-mini-nightly-assessment");
            String json = RunSummaries.toJson(summary);
            assertThat(json.getBytes(StandardCharsets.UTF_8).length).as(json).isLessThan(1500);
            assertThat(json).doesNotContain("\n");
            assertThat(RunSummaries.fromJson(json, "test")).isEqualTo(summary);
        }
    }

    @Test
    void itsFieldsComeInAStableOrder() throws Exception {
        JsonNode json = JSON.readTree(RunSummaries.toJson(RunSummary.of(RunResultFixtures.realistic(), null)));
        assertThat(fieldNames(json)).containsExactly("schema", "name", "runId", "model", "agent", "mode", "status",
                "startedAt", "stages", "metrics", "totals");
        assertThat(fieldNames(json.get("stages").get(0))).containsExactly("id", "name", "score", "status", "inputs",
                "resurrected", "failureClass");
        assertThat(fieldNames(json.get("metrics"))).containsExactly("pipelineScore", "meanReward", "passScore",
                "stage", "strictScore", "aei", "aeiComponents");
        assertThat(fieldNames(json.get("totals"))).containsExactly("seconds", "costUsd", "tokensCorrected",
                "tokensRamp", "calls", "stagesPassed", "modelFailures", "infrastructureFailures");
        assertThat(json.get("status").asText()).isEqualTo("completed");
        assertThat(json.get("startedAt").asText()).isEqualTo("2026-11-22T10:15:00Z");
        assertThat(json.get("stages").get(3).get("failureClass").asText()).isEqualTo("reasoning");
        assertThat(json.get("stages").get(4).get("inputs").asText()).isEqualTo("resurrection");
    }

    @Test
    void writesAtomicallyAndReadsAFile() throws Exception {
        RunSummary summary = RunSummary.of(RunResultFixtures.realistic(), "a");
        Path file = dir.resolve("builds/12/ramp-summary.json");
        RunSummaries.write(file, summary);
        assertThat(RunSummaries.read(file)).isEqualTo(summary);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left
        }
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> RunSummaries.read(missing)).isInstanceOf(RunSummaryException.class)
                .hasMessage(missing + ": cannot be read: no such file");
    }

    @Test
    void unknownFieldsAreIgnoredAndOptionalOnesMayBeNull() throws Exception {
        ObjectNode json = tree();
        json.put("addedLater", 1);
        ((ObjectNode) json.get("stages").get(0)).put("seconds", 12.5);
        json.putNull("model").putNull("agent").putNull("mode").putNull("startedAt").putNull("metrics").putNull("totals");
        ((ObjectNode) json.get("stages").get(1)).remove(List.of("name", "inputs", "resurrected", "failureClass"));
        RunSummary summary = RunSummaries.fromJson(json.toString(), "s");
        assertThat(summary.model()).isNull();
        assertThat(summary.metrics()).isNull();
        assertThat(summary.stage("T1").inputs()).isNull();
        assertThat(summary.stage("T1").resurrected()).isFalse();
    }

    @Test
    void everyBadFieldIsNamedWithItsValueAndTheRule() throws Exception {
        assertThat(error("{\"schema\": \"ramp-summary/1\", ")).startsWith("build #7: not valid JSON at line 1, column");
        assertThat(error("[1, 2]")).isEqualTo("build #7: the top level is [1,2]; it must be a JSON object");
        assertThat(error(tree().put("schema", "ramp-summary/2")))
                .isEqualTo("build #7: field \"schema\" is \"ramp-summary/2\"; this engine reads ramp-summary/1");
        assertThat(error(remove(tree(), "schema"))).contains("field \"schema\" is missing");
        assertThat(error(tree().put("name", ""))).isEqualTo("build #7: field \"name\" is \"\"; it must be a non-empty string");
        assertThat(error(remove(tree(), "runId"))).isEqualTo("build #7: field \"runId\" is missing; it must be a non-empty string");
        assertThat(error(tree().put("model", 3))).contains("field \"model\" is 3; it must be a string or null");
        assertThat(error(tree().put("status", "done")))
                .isEqualTo("build #7: field \"status\" is \"done\"; it must be one of running, completed, interrupted");
        assertThat(error(tree().put("startedAt", "yesterday"))).contains("field \"startedAt\" is \"yesterday\"; "
                + "it must be an ISO-8601 instant");
        assertThat(error(tree().put("stages", "none"))).contains("field \"stages\" is \"none\"; it must be an array");
        assertThat(error(inStage(2, s -> s.put("score", 100.5))))
                .isEqualTo("build #7: field \"stages[2].score\" is 100.5; it must be a score within 0..100");
        assertThat(error(inStage(2, s -> s.put("score", "87")))).contains("field \"stages[2].score\" is \"87\"");
        assertThat(error(inStage(1, s -> s.put("status", "ok"))))
                .contains("field \"stages[1].status\" is \"ok\"; it must be one of passed, failed, not-reached");
        assertThat(error(inStage(1, s -> s.put("failureClass", "bad-luck")))).contains("field \"stages[1].failureClass\" "
                + "is \"bad-luck\"; it must be one of context, planning, reasoning, tooling-and-integration");
        assertThat(error(inStage(1, s -> s.put("inputs", "magic")))).contains("field \"stages[1].inputs\"");
        assertThat(error(inStage(1, s -> s.put("resurrected", "yes")))).contains("field \"stages[1].resurrected\" is \"yes\"; "
                + "it must be true or false");
        assertThat(error(inStage(0, s -> { s.remove("id"); }))).contains("field \"stages[0].id\" is missing");
        assertThat(error(inStage(4, s -> s.put("id", "T1"))))
                .isEqualTo("build #7: field \"stages[4].id\" is \"T1\"; stage T1 appears twice; a run has each stage once");
        ObjectNode metrics = tree();
        ((ObjectNode) metrics.get("metrics").get("aeiComponents")).remove("time");
        assertThat(error(metrics)).isEqualTo("build #7: field \"metrics.aeiComponents.time\" is missing; "
                + "it must be a score within 0..100");
        ObjectNode aei = tree();
        ((ObjectNode) aei.get("metrics")).put("aei", -1);
        assertThat(error(aei)).contains("field \"metrics.aei\" is -1; it must be a score within 0..100");
        ObjectNode stage = tree();
        ((ObjectNode) stage.get("metrics")).put("stage", 6);
        assertThat(error(stage)).contains("field \"metrics.stage\" is 6; it must be a whole number within 0..5");
        ObjectNode calls = tree();
        ((ObjectNode) calls.get("totals")).put("calls", 4.5);
        assertThat(error(calls)).contains("field \"totals.calls\" is 4.5; it must be a whole number 0 or more");
        ObjectNode cost = tree();
        ((ObjectNode) cost.get("totals")).put("costUsd", -0.5);
        assertThat(error(cost)).contains("field \"totals.costUsd\" is -0.5; it must be a number 0 or more");
        ObjectNode huge = tree();
        huge.put("name", "x".repeat(500));
        huge.put("runId", 5);
        assertThat(error(huge)).contains("field \"runId\" is 5");
        ObjectNode longValue = tree();
        longValue.put("status", "<script>" + "y".repeat(500));
        assertThat(error(longValue).length()).isLessThan(250);
    }

    @Test
    void aRunJsonThatLacksWhatASummaryNeedsIsNamed() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        Map<String, Double> parts = new java.util.HashMap<>(run.metrics().aeiComponents());
        parts.remove("cost");
        RunMetrics m = run.metrics();
        RunResult broken = new RunResult(run.schema(), run.runId(), run.status(), run.startedAt(), run.finishedAt(),
                run.settings(), run.toolchain(), run.workload(), run.stages(), run.totals(),
                new RunMetrics(m.pipelineScore(), m.meanReward(), m.passScore(), m.stage(), m.aei(), parts,
                        m.strictScore(), m.strictStageScores()));
        assertThatThrownBy(() -> RunSummary.of(broken, null)).isInstanceOf(RunSummaryException.class)
                .hasMessageContaining("field \"metrics.aeiComponents.cost\" is missing");

        List<org.ramp.results.StageResult> stages = new ArrayList<>(run.stages());
        var t1 = stages.get(1);
        stages.set(1, new org.ramp.results.StageResult(t1.id(), t1.name(), t1.status(), 130, t1.passThreshold(),
                t1.inputs(), false, null, t1.agent(), t1.grade(), t1.usage(), t1.cases(), t1.startedAt(),
                t1.finishedAt()));
        RunResult outOfRange = new RunResult(run.schema(), run.runId(), run.status(), run.startedAt(),
                run.finishedAt(), run.settings(), run.toolchain(), run.workload(), stages, run.totals(), run.metrics());
        assertThatThrownBy(() -> RunSummary.of(outOfRange, null)).hasMessage("run " + run.runId()
                + ": field \"stages[1].score\" is 130.0; it must be a score within 0..100");
    }

    // ------------------------------------------------------------------ helpers

    private static ObjectNode tree() throws Exception {
        return (ObjectNode) JSON.readTree(RunSummaries.toJson(RunSummary.of(RunResultFixtures.realistic(), "a")));
    }

    private static ObjectNode inStage(int index, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode json = tree();
        change.accept((ObjectNode) json.get("stages").get(index));
        return json;
    }

    private static ObjectNode remove(ObjectNode json, String field) {
        json.remove(field);
        return json;
    }

    private static String error(Object json) {
        String text = json.toString();
        try {
            RunSummaries.fromJson(text, "build #7");
        } catch (RunSummaryException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + text);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
