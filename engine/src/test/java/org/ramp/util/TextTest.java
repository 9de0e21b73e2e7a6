package org.ramp.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untrusted text reaches a terminal or a console only as visible characters. */
class TextTest {
    @Test
    void controlAndBidirectionalCharactersAreEscaped() {
        String hostile = "\u001b[2J\u001b[31mred\u001b]0;pwned title\u0007 tab\tok \r\nnext \u009b1m \u202eevil\u2066 \u007f";
        String shown = Text.printable(hostile);
        assertThat(shown).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\n")
                .doesNotContain("\u009b").doesNotContain("\u202e").doesNotContain("\u2066").doesNotContain("\u007f");
        assertThat(shown).contains("\\x1b[2J").contains("\\x1b]0;pwned title\\x07").contains("tab\tok")
                .contains("\\x0d\\x0anext").contains("\\x9b1m").contains("\\u202eevil\\u2066").endsWith("\\x7f");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "T1 turn 3: run_shell cmake --build build  [3 calls, 1.2k tokens, $0.0012] é ü 中文 \\x1b";
        assertThat(Text.printable(text)).isSameAs(text);
        assertThat(Text.printable(null)).isNull();
    }
}
