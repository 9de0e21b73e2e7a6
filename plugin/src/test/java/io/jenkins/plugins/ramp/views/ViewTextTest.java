package io.jenkins.plugins.ramp.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untrusted text made visible: escapes and spoofing characters written out, long text cut with a note. */
class ViewTextTest {
    @Test
    void terminalEscapesAndBidiOverridesAreWrittenOut() {
        assertThat(ViewText.visible("\u001b[31mred\u001b[0m\u202eevil\r\nnext", 1000))
                .isEqualTo("\\x1b[31mred\\x1b[0m\\u202eevil\\x0d\nnext");
        assertThat(ViewText.line("a\nb", 10)).isEqualTo("a\\x0ab");
        assertThat(ViewText.visible(null, 10)).isEmpty();
    }

    @Test
    void longTextIsCutAndSaysSo() {
        assertThat(ViewText.visible("x".repeat(30), 10)).isEqualTo("x".repeat(10) + "\n... (20 more characters not shown)");
        assertThat(ViewText.line("y".repeat(30), 5)).isEqualTo("yyyyy...");
    }

    @Test
    void markupIsLeftToThePagesEscaping() {
        // Jelly's escape-by-default escapes it once; escaping here too would show &lt; to the reader
        assertThat(ViewText.visible("<script>'\"</script>", 100)).isEqualTo("<script>'\"</script>");
    }
}
