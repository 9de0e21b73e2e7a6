package io.jenkins.plugins.ramp.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.ramp.engine.ReadRun;
import io.jenkins.plugins.ramp.engine.ReadStage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.results.RunResults;

/** The node-side readers on files the engine's own writer made. */
class ReadingResultsTest {
    @TempDir
    Path runDir;

    @Test
    void aStageResultBecomesTheStepsReturnValue() throws Exception {
        RunResults.write(runDir.resolve("stages/T1.json"), Fixtures.failedStage("T1"));
        StageOutcome outcome = new ReadStage("T1").invoke(runDir.toFile(), null);
        Map<String, Object> map = outcome.toMap();
        assertThat(map).containsEntry("stage", "T1").containsEntry("status", "failed").containsEntry("score", 12.5)
                .containsEntry("passed", false).containsEntry("failureClass", "reasoning").containsEntry("tokens", 103_000L)
                .containsEntry("cost", 0.1234).containsEntry("calls", 42).containsEntry("seconds", 104.0)
                .containsEntry("resurrected", true).containsEntry("inputs", "agent");
        assertThat(outcome.evidence).hasSize(3);
        // it crosses the remoting channel and lives in the Pipeline's state
        assertThat(roundTrip(outcome).toMap()).isEqualTo(map);
    }

    @Test
    void theConsoleLineCarriesNoControlCharacters() throws Exception {
        RunResults.write(runDir.resolve("stages/T1.json"), Fixtures.failedStage("T1"));
        String line = new ReadStage("T1").invoke(runDir.toFile(), null).summary();
        assertThat(line).startsWith("RAMP T1 lexer: failed, score 12.50 (passes at 60), 42 calls, 103000 tokens, "
                + "$0.1234, failure: reasoning, resurrected").doesNotContain("\n").doesNotContain("\u001b");
        assertThat(Text.printable(Fixtures.HOSTILE, 400)).doesNotContain("\u001b", "\r", "\n");
    }

    @Test
    void aRunBecomesItsMetricsAndStages() throws Exception {
        RunResults.write(runDir.resolve("run.json"), Fixtures.finishedRun());
        Map<String, Object> map = new ReadRun().invoke(runDir.toFile(), null).toMap();
        assertThat(map).containsEntry("status", "completed").containsEntry("model", "gpt-4o").containsEntry("aei", 61.3)
                .containsEntry("meanReward", 48.5).containsEntry("pipelineScore", 56.25).containsEntry("stage", 0);
        assertThat((List<?>) map.get("stages")).hasSize(2);
    }

    @Test
    void aMissingResultSaysSo() {
        assertThatThrownBy(() -> new ReadStage("T2").invoke(runDir.toFile(), null)).isInstanceOf(IOException.class)
                .hasMessageContaining("stages/T2.json is missing").hasMessageContaining("the engine wrote no result");
    }

    @Test
    void aLinkInPlaceOfAResultIsNotFollowed() throws Exception {
        Path elsewhere = Files.createTempFile("elsewhere", ".json");
        RunResults.write(elsewhere, Fixtures.failedStage("T1"));
        Files.createDirectories(runDir.resolve("stages"));
        Files.createSymbolicLink(runDir.resolve("stages/T1.json"), elsewhere);
        assertThatThrownBy(() -> new ReadStage("T1").invoke(runDir.toFile(), null)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
        Files.delete(elsewhere);
    }

    @Test
    void onlyStageIdsNameAFile() {
        assertThatThrownBy(() -> new ReadStage("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
