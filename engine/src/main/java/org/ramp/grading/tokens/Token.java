package org.ramp.grading.tokens;

import java.util.Set;

/**
 * One line of a {@code clang -cc1 -dump-tokens} listing:
 * {@code KIND 'SPELLING'<TAB>FLAGS<TAB>Loc=<FILE:LINE:COL>}.
 *
 * @param location {@code FILE:LINE:COL} as printed
 * @param flags    e.g. StartOfLine, LeadingSpace
 */
public record Token(String kind, String spelling, String location, Set<String> flags, String line) {

    public Token {
        flags = Set.copyOf(flags);
    }

    public String describe() {
        String shown = kind + " '" + spelling + "'";
        if (!flags.isEmpty()) {
            shown += " " + flags.stream().sorted().map(f -> "[" + f + "]").reduce((a, b) -> a + " " + b).orElse("");
        }
        return shown + " at " + location;
    }
}
