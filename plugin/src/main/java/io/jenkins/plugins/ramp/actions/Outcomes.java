package io.jenkins.plugins.ramp.actions;

import java.util.List;

/** Gate outcomes by their ids, in increasing order: none, note, unstable, failure. */
public final class Outcomes {
    private static final List<String> ORDER = List.of("none", "note", "unstable", "failure");

    private Outcomes() {
    }

    /** The worse of two outcomes; null counts as no gate evaluated. */
    public static String worse(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
    }
}
