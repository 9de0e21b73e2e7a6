package org.ramp.report;

/** A run.json that is missing, unreadable or of another schema; the message names the file. */
public final class RunFileException extends Exception {
    public RunFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
