package org.ramp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A command's output past the bound keeps its beginning and its end, where errors usually are. */
class BoundedOutputTest {
    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void withinTheBoundEverythingIsKept() {
        BoundedOutput output = new BoundedOutput(10);
        output.add(text("abc"));
        output.add(text("defghij"));
        assertThat(new String(output.bytes(), StandardCharsets.UTF_8)).isEqualTo("abcdefghij");
        assertThat(output.truncated()).isFalse();
    }

    @Test
    void pastTheBoundTheFirstAndTheLastHalvesAreKept() {
        BoundedOutput output = new BoundedOutput(8);
        output.add(text("head"));
        for (int i = 0; i < 1000; i++) {
            output.add(text("middle"));
        }
        output.add(text("...the end"));
        assertThat(new String(output.bytes(), StandardCharsets.UTF_8)).isEqualTo("head" + " end");
        assertThat(output.truncated()).isTrue();
    }
}
