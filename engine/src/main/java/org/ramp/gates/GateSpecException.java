package org.ramp.gates;

/** A gate that cannot be understood; the message names the field, the value and the allowed values. */
public final class GateSpecException extends Exception {
    public GateSpecException(String message) {
        super(message);
    }
}
