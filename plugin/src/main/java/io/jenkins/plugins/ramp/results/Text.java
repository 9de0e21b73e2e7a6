package io.jenkins.plugins.ramp.results;

/** Text that came from the engine or the agent, made safe for one console line. */
public final class Text {
    private Text() {
    }

    /** Control characters (ANSI escapes included) become '?', and the text is cut at {@code max} characters. */
    public static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) + "..." : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
