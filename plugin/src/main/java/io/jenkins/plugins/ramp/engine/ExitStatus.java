package io.jenkins.plugins.ramp.engine;

/** What an exit status of the engine means (the contract in PLAN.md), as the message a build shows. */
public final class ExitStatus {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int ENVIRONMENT = 3;
    public static final int INTERRUPTED = 130;
    public static final int TERMINATED = 143;

    private ExitStatus() {
    }

    public static boolean interrupted(int status) {
        return status == INTERRUPTED || status == TERMINATED;
    }

    /** The reason a command failed, naming the command; null for success. */
    public static String describe(String command, int status) {
        switch (status) {
            case OK:
                return null;
            case BAD_INPUT:
                return "ramp " + command + " refused its input (exit 2): the message above names the option, file or "
                        + "value and how to fix it";
            case ENVIRONMENT:
                return "ramp " + command + " could not use its environment (exit 3): the Docker engine or the "
                        + "toolchain image on this node failed, see above; this is not the model's failure";
            case INTERRUPTED:
            case TERMINATED:
                return "ramp " + command + " was stopped (exit " + status + "); its containers were removed";
            default:
                return "ramp " + command + " failed with exit status " + status + ", see the messages above";
        }
    }
}
