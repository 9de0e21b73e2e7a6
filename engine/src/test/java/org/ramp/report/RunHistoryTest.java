package org.ramp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.results.RunResult;

/** Loading earlier runs: sub-folders and loose files, broken ones skipped with a note. */
class RunHistoryTest {

    @Test
    void readsFoldersAndFilesOrdersByStartAndSkipsBrokenOnes(@TempDir Path dir) throws IOException {
        List<RunResult> runs = RunResultFixtures.history();
        // stored in an order that is not the start order
        RunResultFixtures.write(dir.resolve("z-first"), runs.get(0));
        RunResultFixtures.write(dir.resolve("a-third"), runs.get(2));
        RunResultFixtures.write(dir.resolve("m-second"), runs.get(1));
        org.ramp.results.RunResults.write(dir.resolve("loose-fourth.json"), runs.get(3));
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/run.json"), "{ not json");
        Files.createDirectories(dir.resolve("other-schema"));
        Files.writeString(dir.resolve("other-schema/run.json"), "{\"schema\": \"ramp-run/9\", \"runId\": \"x\", "
                + "\"status\": \"completed\", \"stages\": []}");
        Files.writeString(dir.resolve("empty.json"), "");
        Files.createDirectories(dir.resolve("not-a-run"));
        Files.writeString(dir.resolve("notes.txt"), "not a run");
        RunResultFixtures.write(dir.resolve("zz-duplicate"), runs.get(0));

        RunHistory history = RunHistory.load(dir);

        assertThat(history.runs()).extracting(RunResult::runId)
                .containsExactly(runs.get(0).runId(), runs.get(1).runId(), runs.get(2).runId(), runs.get(3).runId());
        assertThat(history.skipped()).hasSize(4);
        assertThat(String.join("\n", history.skipped()))
                .contains(dir.resolve("broken/run.json") + ": not a readable run.json (line 1")
                .contains(dir.resolve("other-schema/run.json") + ": schema \"ramp-run/9\" is not ramp-run/1")
                .contains(dir.resolve("empty.json").toString())
                .contains(dir.resolve("zz-duplicate/run.json") + ": run " + runs.get(0).runId() + " appears twice")
                .doesNotContain("not-a-run", "notes.txt");
    }

    @Test
    void withPutsTheCurrentRunInOnceByStartTime() {
        List<RunResult> runs = RunResultFixtures.history();
        RunResult current = RunResultFixtures.realistic();
        RunHistory history = new RunHistory(List.of(runs.get(1), current, runs.get(0)), List.of());
        assertThat(history.with(current)).containsExactly(runs.get(0), runs.get(1), current);
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RunHistory.load(dir.resolve("nope"))).isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("nope") + ": no such folder");
    }

    @Test
    void anEmptyFolderIsAnEmptyHistory(@TempDir Path dir) throws IOException {
        assertThat(RunHistory.load(dir)).isEqualTo(RunHistory.NONE);
    }
}
