package org.ramp.workload;

/** How the agent's project is built before a stage's program runs on the cases. */
public record BuildSpec(String command, int timeoutSeconds) {
}
