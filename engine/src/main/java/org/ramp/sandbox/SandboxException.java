package org.ramp.sandbox;

/** The container engine could not do what was asked: an infrastructure failure, never the agent's. */
public class SandboxException extends RuntimeException {
    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
