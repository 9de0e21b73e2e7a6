package org.ramp.cli;

/** The exit statuses of every ramp command; the README lists them. */
public final class ExitCodes {
    /** Done, and every check passed. */
    public static final int OK = 0;
    /** Done, but a check failed: validation, verification, a gate. */
    public static final int CHECK_FAILED = 1;
    /** Bad command line or bad input files (the message names the file, field and value). */
    public static final int BAD_INPUT = 2;
    /** The environment failed: Docker engine, image build, container. Not the workload's fault. */
    public static final int ENVIRONMENT = 3;

    private ExitCodes() {
    }
}
