package org.ramp.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one key in text however it is spelled character by character: as itself, as a JSON
 * {@code \}{@code uXXXX} escape (either case of hex), as JSON's {@code \/} or another short escape,
 * or percent-encoded. So a key survives no encoding an endpoint or an agent may apply on the way,
 * and it is found in a JSON text before or after decoding alike (an escape inside an escape, as in a
 * tool call's JSON arguments inside a JSON string, is found too).
 */
final class KeyPattern {
    static final String HIDDEN = "***";

    private final Pattern pattern;
    private final char first;
    /** The longest text one occurrence can take: every character as a six-character escape. */
    private final int longest;

    KeyPattern(String key) {
        StringBuilder regex = new StringBuilder();
        for (char c : key.toCharArray()) {
            regex.append("(?:").append(literal(c)).append("|\\\\u").append(hexDigits(c, 4));
            if (c < 0x80) {
                regex.append("|%").append(hexDigits(c, 2));
            }
            String shortEscape = shortEscape(c);
            if (shortEscape != null) {
                regex.append("|").append(shortEscape);
            }
            regex.append(")");
        }
        this.pattern = Pattern.compile(regex.toString());
        this.first = key.charAt(0);
        this.longest = key.length() * 6;
    }

    /** The text with every occurrence replaced by {@value #HIDDEN}. */
    String replace(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(HIDDEN) : text;
    }

    /**
     * Where the text's tail could be the beginning of an occurrence that more text would complete:
     * the index to hold back from, or the text's length when nothing needs holding. Call it on text
     * that {@link #replace} has already cleaned.
     */
    int heldFrom(String text) {
        int length = text.length();
        Matcher matcher = pattern.matcher(text);
        for (int i = Math.max(0, length - longest + 1); i < length; i++) {
            char c = text.charAt(i);
            if (c != first && c != '\\' && c != '%') {
                continue;
            }
            matcher.region(i, length);
            if (!matcher.lookingAt() && matcher.hitEnd()) {
                return i;
            }
        }
        return length;
    }

    private static String literal(char c) {
        return String.format("\\x{%x}", (int) c);
    }

    /** {@code digits} hex digits of {@code c}, letters matching either case. */
    private static String hexDigits(char c, int digits) {
        String hex = String.format("%0" + digits + "x", (int) c);
        StringBuilder regex = new StringBuilder();
        for (char digit : hex.toCharArray()) {
            regex.append(Character.isLetter(digit)
                    ? "[" + digit + Character.toUpperCase(digit) + "]" : String.valueOf(digit));
        }
        return regex.toString();
    }

    /** JSON's two-character escape of {@code c}, as a regex, or null. */
    private static String shortEscape(char c) {
        return switch (c) {
            case '/' -> "\\\\/";
            case '"' -> "\\\\\"";
            case '\\' -> "\\\\\\\\";
            case '\b' -> "\\\\b";
            case '\f' -> "\\\\f";
            case '\n' -> "\\\\n";
            case '\r' -> "\\\\r";
            case '\t' -> "\\\\t";
            default -> null;
        };
    }
}
