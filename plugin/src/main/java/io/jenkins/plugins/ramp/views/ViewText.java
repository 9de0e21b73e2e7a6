package io.jenkins.plugins.ramp.views;

import org.ramp.util.Text;

/**
 * Text that came from a run (the agent's, the model's, the engine's quoting them) made fit for a page: every control
 * character but the line break and every bidirectional override written as an escape (the engine's
 * {@link Text#printable}), and cut at a bound with what was cut said. HTML escaping is Jelly's (escape-by-default);
 * this only keeps terminal escapes and spoofing characters out of what a person reads.
 */
public final class ViewText {
    private ViewText() {
    }

    public static String visible(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) : text;
        StringBuilder out = new StringBuilder(cut.length() + 16);
        String[] lines = cut.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(Text.printable(lines[i]));
        }
        if (text.length() > max) {
            out.append("\n... (").append(text.length() - max).append(" more characters not shown)");
        }
        return out.toString();
    }

    /** One line: line breaks written as escapes too. */
    public static String line(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) + "..." : text;
        return Text.printable(cut);
    }
}
