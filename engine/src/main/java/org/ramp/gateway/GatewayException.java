package org.ramp.gateway;

/** The gateway cannot start or is misconfigured; the message says what to change. Never carries the key. */
public final class GatewayException extends RuntimeException {

    public GatewayException(String message) {
        super(message);
    }

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
