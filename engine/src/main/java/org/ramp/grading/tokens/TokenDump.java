package org.ramp.grading.tokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses token listings in clang's {@code -dump-tokens} format, line by line. */
public final class TokenDump {
    private static final String LOCATION = "\tLoc=<";

    private TokenDump() {
    }

    /** The lines of a listing, without a trailing empty line; undecodable bytes become U+FFFD. */
    public static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Parses one line. The spelling may itself hold quotes and tabs (string literals), so the line is
     * read from both ends: the kind up to the first space, the location after the last tab.
     */
    public static Optional<Token> parse(String line) {
        int loc = line.lastIndexOf(LOCATION);
        if (loc < 0 || !line.endsWith(">")) {
            return Optional.empty();
        }
        String location = line.substring(loc + LOCATION.length(), line.length() - 1);
        String head = line.substring(0, loc);
        int flagsTab = head.lastIndexOf('\t');
        if (flagsTab < 0) {
            return Optional.empty();
        }
        Set<String> flags = new LinkedHashSet<>();
        for (String part : head.substring(flagsTab + 1).trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.startsWith("[") || !part.endsWith("]")) {
                return Optional.empty();
            }
            flags.add(part.substring(1, part.length() - 1));
        }
        String kindAndSpelling = head.substring(0, flagsTab);
        int space = kindAndSpelling.indexOf(' ');
        if (space <= 0 || kindAndSpelling.length() < space + 3 || kindAndSpelling.charAt(space + 1) != '\''
                || !kindAndSpelling.endsWith("'")) {
            return Optional.empty();
        }
        String kind = kindAndSpelling.substring(0, space);
        String spelling = kindAndSpelling.substring(space + 2, kindAndSpelling.length() - 1);
        return Optional.of(new Token(kind, spelling, location, flags, line));
    }
}
