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

    /**
     * The text safe for a terminal or a Jenkins console: every control character (C0 but tab, DEL, C1) and
     * every bidirectional-override character is written as an escape ("\\x1b" for ESC, "\\u202e" for U+202E), so
     * that untrusted text (the model's, the agent's) can neither move the cursor, recolour, retitle the
     * window nor reorder what a person reads. Backslashes stay as they are.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
            boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                    || c == 0x061c;
            if (control || bidi) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
