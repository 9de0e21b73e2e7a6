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
}
