package org.ramp.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedLogTest {
    @TempDir
    Path dir;

    @Test
    void aShortStreamIsKeptWholeAsItComes() throws Exception {
        Path file = dir.resolve("T0.out");
        try (BoundedLog log = new BoundedLog(file, 1000, 100)) {
            log.accept("hello ".getBytes(StandardCharsets.UTF_8));
            // readable while the program runs
            assertThat(file).hasContent("hello ");
            log.accept("world\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(file).hasContent("hello world\n");
    }

    @Test
    void aLongStreamKeepsItsBeginningAndItsEndWithANoteOfWhatWasLeftOut() throws Exception {
        Path file = dir.resolve("T0.err");
        BoundedLog log = new BoundedLog(file, 10, 8);
        for (int i = 0; i < 1000; i++) {
            log.accept(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        log.close();
        String kept = Files.readString(file);
        long total = log.total();
        assertThat(total).isGreaterThan(5000);
        assertThat(log.truncated()).isTrue();
        assertThat(kept).startsWith("line 0\nlin").endsWith("ine 999\n")
                .contains("[ramp: " + (total - 18) + " bytes left out here]");
        assertThat(Files.size(file)).isLessThan(100);
    }

    @Test
    void theTailAPersonReadsHasNoTerminalSequencesAndNoControlCharacters() throws Exception {
        Path file = dir.resolve("T1.out");
        BoundedLog log = new BoundedLog(file, 1 << 20, 1024);
        log.accept(("\u001b[0m\u001b[1mbold\u001b[0m\nprogress 10%\rprogress 100%\n\u001b]0;title\u0007bell\u0007"
                + "\nlast \u202e line\n").getBytes(StandardCharsets.UTF_8));
        log.close();
        String tail = log.tail(10, 1000);
        assertThat(tail).isEqualTo("bold\nprogress 100%\nbell\\x07\nlast \\u202e line");
        assertThat(BoundedLog.printableTail(Files.readString(file), 2, 1000)).isEqualTo("bell\\x07\nlast \\u202e line");
        assertThat(BoundedLog.printableTail("x".repeat(50), 5, 10)).hasSize(10);
    }
}
