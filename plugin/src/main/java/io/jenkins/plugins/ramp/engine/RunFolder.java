package io.jenkins.plugins.ramp.engine;

import java.util.regex.Pattern;

/**
 * Where a named run lives in a workspace: {@code ramp/NAME}, one folder per name, so that runs of different names
 * (the branches of a parallel or matrix build) never share anything. A name is a plain file name.
 */
public final class RunFolder {
    /** The workspace folder that holds every run. */
    public static final String ROOT = "ramp";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern STAGE = Pattern.compile("T[0-5]");

    private RunFolder() {
    }

    /** The run folder of a name, relative to the workspace. */
    public static String of(String name) {
        return ROOT + "/" + checkName(name);
    }

    /** The name itself when it is a plain file name; otherwise an exception whose message says what is allowed. */
    public static String checkName(String name) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name;
    }

    /** Why a run name is refused, or null when it is fine. */
    public static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "a RAMP run needs a name, e.g. name: 'gpt-4o'";
        }
        if (!NAME.matcher(name).matches()) {
            return "run name '" + printable(name) + "' is not a plain file name: use 1 to 80 letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit (e.g. 'gpt-4o', 'claude-3.5')";
        }
        return null;
    }

    /** The stage id itself when it is T0 to T5; otherwise an exception naming the value. */
    public static String checkStage(String stage) {
        String problem = stageProblem(stage);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return stage;
    }

    public static String stageProblem(String stage) {
        if (stage == null || !STAGE.matcher(stage).matches()) {
            return "stage '" + printable(stage) + "' is not a RAMP stage: use T0, T1, T2, T3, T4 or T5";
        }
        return null;
    }

    /** A value as a message may show it: control characters and overlong values cut. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
