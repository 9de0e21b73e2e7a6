package org.ramp.util;

import java.util.List;

/** Small helpers for text shown to people in reasons and reports. */
public final class Text {
    private Text() {
    }

    /** The last {@code count} non-trailing lines of a log, or "(no output)". */
    public static String lastLines(String text, int count) {
        List<String> lines = text.strip().lines().toList();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        return tail.isEmpty() ? "(no output)" : tail;
    }

    /** At most {@code max} characters, with "..." when cut. */
    public static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** The text with every control character (ANSI escapes, carriage returns, ...) shown as '?', for terminals. */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
