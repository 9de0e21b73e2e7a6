package io.jenkins.plugins.ramp.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretMaskingStreamTest {
    private static final String KEY = "sk-proj-AbCdEf0123456789";

    private static String through(String secret, String... writes) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (SecretMaskingStream out = new SecretMaskingStream(console, secret)) {
            for (String w : writes) {
                out.write(w.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theKeyIsMaskedWhereverItAppears() throws IOException {
        assertThat(through(KEY, "auth " + KEY + " and again " + KEY + "\nnext line\n"))
                .isEqualTo("auth **** and again ****\nnext line\n");
    }

    @Test
    void aKeySplitAcrossWritesAndFlushesIsStillMasked() throws IOException {
        String line = "Bearer " + KEY + " end\n";
        for (int cut = 1; cut < line.length(); cut++) {
            String shown = through(KEY, line.substring(0, cut), line.substring(cut));
            assertThat(shown).as("cut at %d", cut).isEqualTo("Bearer **** end\n");
        }
    }

    @Test
    void progressWithoutANewlineIsPassedOnAtAFlush() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SecretMaskingStream out = new SecretMaskingStream(console, KEY);
        String progress = "T1 agent turn 3 of 100, 12 calls, 3400 tokens so far";
        out.write(progress.getBytes(StandardCharsets.UTF_8));
        out.flush();
        // all but the last key-length bytes are out already; those may begin the key
        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo(progress.substring(0, progress.length() - KEY.length() + 1));
        out.close();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(progress);
    }

    @Test
    void aVeryLongLineIsPassedOnWithoutLeakingTheKey() throws IOException {
        String filler = "x".repeat(16 * 1024 - 5);
        assertThat(through(KEY, filler + KEY + "tail\n")).isEqualTo(filler + "****tail\n");
    }

    @Test
    void withoutAKeyOrWithATrivialOneNothingIsChanged() throws IOException {
        assertThat(through(null, "a line\n")).isEqualTo("a line\n");
        assertThat(through("ab", "ab cab\n")).isEqualTo("ab cab\n");
    }
}
