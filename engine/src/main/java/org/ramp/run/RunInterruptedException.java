package org.ramp.run;

/**
 * The run was interrupted (Ctrl-C, SIGTERM) while a step was under way: what the step had not finished is
 * not recorded, and the next step takes it up again.
 */
public final class RunInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunInterruptedException(String message) {
        super(message);
    }
}
