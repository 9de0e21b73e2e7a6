package org.ramp.sandbox;

/**
 * How a container ended.
 *
 * @param logTail the last lines the container's main process printed
 */
public record ContainerOutcome(int exitCode, boolean timedOut, String logTail, double seconds) {
}
