package org.ramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RampCsvReaderTest {
    private static final String HEADER = "model,t0,t1,t2,t3,t4,t5,elapsed_seconds,cost_usd,total_tokens";
    private static final String GOOD = "m,100.0,72.93,30.89,0.0,35.7,0.0,2023.93,0.066782,28458842";

    @TempDir
    Path dir;

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("runs.csv"), String.join("\n", lines) + "\n");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndOthersIgnored() throws Exception {
        Path file = csv("total_tokens,extra,t5,t4,t3,t2,t1,t0,model,cost_usd,elapsed_seconds",
                "1000,x,0,10,20,30,40,100,my model,1.5,60", "");
        List<ModelRun> runs = RampCsvReader.read(file);
        assertThat(runs).hasSize(1);
        RunMeasures m = runs.get(0).measures();
        assertThat(runs.get(0).model()).isEqualTo("my model");
        assertThat(m.scores().values()).containsExactly(100.0, 40.0, 30.0, 20.0, 10.0, 0.0);
        assertThat(m.seconds()).isEqualTo(60);
        assertThat(m.costUsd()).isEqualTo(1.5);
        assertThat(m.tokensRamp()).isEqualTo(1000);
        assertThat(m.tokensCorrected()).isEmpty();
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path file = csv(HEADER.replace(",t3", ""), "m,100,0,0,0,0,0,0,0");
        assertThatThrownBy(() -> RampCsvReader.read(file)).isInstanceOf(MetricsInputException.class)
                .hasMessage(file + " line 1: no column \"t3\" in the header");
    }

    @Test
    void aShortRowNamesItsLine() throws Exception {
        Path file = csv(HEADER, GOOD, "m,100,0,0");
        assertThatThrownBy(() -> RampCsvReader.read(file))
                .hasMessage(file + " line 3: 4 values, but the header has 10 columns");
    }

    @Test
    void aBadValueNamesFileLineColumnAndValue() throws Exception {
        assertError(GOOD.replace("72.93", "abc"), "line 2, column t1: \"abc\" is not a number");
        assertError(GOOD.replace("72.93", "100.5"), "line 2, column t1: \"100.5\" is outside 0..100");
        assertError(GOOD.replace("30.89", "-1"), "line 2, column t2: \"-1\" is negative");
        assertError(GOOD.replace("0.066782", "-0.5"), "line 2, column cost_usd: \"-0.5\" is negative");
        assertError(GOOD.replace("2023.93", "NaN"), "line 2, column elapsed_seconds: \"NaN\" is not a finite number");
        assertError(GOOD.replace("28458842", "2.8e7"), "line 2, column total_tokens: \"2.8e7\" is not a whole number");
        assertError(GOOD.replace("28458842", "-5"), "line 2, column total_tokens: \"-5\" is negative");
        assertError(GOOD.replace("m,", " ,"), "line 2, column model: \"\" is empty");
    }

    @Test
    void aFileWithoutHeaderRowsOrExistenceIsAnError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> RampCsvReader.read(empty)).hasMessageStartingWith(empty + " line 1: no header");
        Path headerOnly = csv(HEADER);
        assertThatThrownBy(() -> RampCsvReader.read(headerOnly)).hasMessage(headerOnly + ": no rows after the header");
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> RampCsvReader.read(missing)).hasMessage(missing + ": no such file");
        Path twice = csv(HEADER + ",t1", GOOD + ",1");
        assertThatThrownBy(() -> RampCsvReader.read(twice)).hasMessage(twice + " line 1: column \"t1\" appears twice");
    }

    private void assertError(String row, String message) throws IOException {
        Path file = csv(HEADER, row);
        assertThatThrownBy(() -> RampCsvReader.read(file)).isInstanceOf(MetricsInputException.class)
                .hasMessageStartingWith(file + " " + message);
    }
}
