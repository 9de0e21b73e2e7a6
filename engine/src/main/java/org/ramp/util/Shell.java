package org.ramp.util;

/** Quoting for bash command lines the engine builds. */
public final class Shell {
    private Shell() {
    }

    /** Single-quotes a word for bash, so that nothing in it is interpreted. */
    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
