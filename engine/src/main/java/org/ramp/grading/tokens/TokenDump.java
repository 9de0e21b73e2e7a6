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

    /**
     * One line of a listing that may hold a token.
     *
     * @param number its 1-based line number in the file, for messages
     * @param text   the line without its end and without leading or trailing white space
     */
    public record Line(int number, String text) {
    }

    /**
     * The lines of a listing that hold something; undecodable bytes become U+FFFD. White space is
     * never part of a token line's ends (a line ends with {@code >}, a kind starts with a letter) and a
     * blank line is never a token, so blank lines, white space (space, tab, CR, FF, VT) at either end
     * of a line and the {@code \r} of {@code \r\n} line ends are dropped, like any other white space
     * outside a token: they neither add nor hide a token. The starting project's reader
     * ({@code parseTokenDump}) and the public test script drop the same characters.
     */
    public static List<Line> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String stripped = strip(line);
            if (!stripped.isEmpty()) {
                lines.add(new Line(number, stripped));
            }
        }
        return lines;
    }

    private static String strip(String line) {
        int begin = 0;
        int end = line.length();
        while (begin < end && isSpace(line.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(begin, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b';
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
