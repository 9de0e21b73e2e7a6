package org.ramp.agents;

/** Does nothing: measures the starting project's baseline and exercises resurrection at every stage. */
public final class NoopAgent implements Agent {

    @Override
    public AgentOutcome work(AgentTask task) {
        return new AgentOutcome(StopReason.SKIPPED, 0, 0, 0, 0);
    }

    @Override
    public String kind() {
        return "noop";
    }
}
