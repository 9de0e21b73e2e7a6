package org.ramp.metrics;

/** A metrics input file is missing, unreadable or malformed; the message names the file, place and value. */
public class MetricsInputException extends Exception {
    public MetricsInputException(String message) {
        super(message);
    }
}
