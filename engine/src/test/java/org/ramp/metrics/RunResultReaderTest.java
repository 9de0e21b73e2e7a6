package org.ramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultReaderTest {
    /** A run result with the stages out of order and fields the reader ignores. */
    static final String RUN = """
            {"settings": {"model": "gpt-5.5", "temperature": 0.2},
             "stages": [
               {"id": "T1", "score": 100}, {"id": "T0", "score": 100}, {"id": "T2", "score": 100.0},
               {"id": "T3", "score": 100}, {"id": "T4", "score": 48.25, "passed": false}, {"id": "T5", "score": 0}],
             "totals": {"seconds": 5440.69, "usage": {"costUsd": 8.770572, "tokensRamp": 22179194}}}
            """;

    @TempDir
    Path dir;

    private Path runFile(String text) throws IOException {
        return Files.writeString(dir.resolve("run.json"), text);
    }

    @Test
    void readsScoresByStageIdAndTheTotals() throws Exception {
        ModelRun run = RunResultReader.read(runFile(RUN));
        assertThat(run.model()).isEqualTo("gpt-5.5");
        assertThat(run.measures().scores().values()).containsExactly(100.0, 100.0, 100.0, 100.0, 48.25, 0.0);
        assertThat(run.measures().seconds()).isEqualTo(5440.69);
        assertThat(run.measures().costUsd()).isEqualTo(8.770572);
        assertThat(run.measures().tokensRamp()).isEqualTo(22179194);
    }

    @Test
    void everyMissingOrBadFieldIsNamed() throws Exception {
        assertError(RUN.replace("\"model\": \"gpt-5.5\", ", ""), "field \"settings.model\" is missing");
        assertError(RUN.replace("\"costUsd\": 8.770572, ", ""), "field \"totals.usage.costUsd\" is missing");
        assertError(RUN.replace("5440.69", "\"long\""), "field \"totals.seconds\" is \"long\"; it must be a number 0 or more");
        assertError(RUN.replace("22179194", "-1"), "field \"totals.usage.tokensRamp\" is -1");
        assertError(RUN.replace("22179194", "2.5"), "field \"totals.usage.tokensRamp\" is 2.5");
        assertError(RUN.replace("48.25", "101"), "field \"stages[4].score\" is 101; it must be a score within 0..100");
        assertError(RUN.replace("{\"id\": \"T3\", \"score\": 100}, ", ""), "field \"stages\" has no stage with id \"T3\"");
        assertError(RUN.replace("\"T3\"", "\"T2\""), "field \"stages[3].id\": stage T2 appears twice");
        assertError(RUN.replace("\"score\": 0}", "\"score\": null}"), "field \"stages[5].score\" is null");
        assertError("{\"stages\": 3}", "field \"settings.model\" is missing");
        assertError("[1, 2]", "the top level must be a JSON object");
        assertError("{\"settings\": ", "not valid JSON");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nothing.json");
        assertThatThrownBy(() -> RunResultReader.read(missing)).hasMessage(missing + ": no such file");
    }

    private void assertError(String text, String message) throws IOException {
        Path file = runFile(text);
        assertThatThrownBy(() -> RunResultReader.read(file)).isInstanceOf(MetricsInputException.class)
                .hasMessageStartingWith(file + ": " + message);
    }
}
