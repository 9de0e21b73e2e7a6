package org.ramp.history;

/** A run summary that cannot be made or read; the message names the file (where there is one) and the field. */
public final class RunSummaryException extends Exception {
    public RunSummaryException(String message) {
        super(message);
    }

    public RunSummaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
