package org.ramp.agents;

/** Why an agent stopped working on a stage; the failure taxonomy reads these. */
public final class StopReason {
    /** The agent said the stage is done. */
    public static final String FINISHED = "finished";
    /** The model answered several times in a row without using a tool. */
    public static final String NO_TOOL_CALLS = "no-tool-calls";
    /** The stage's turn limit. */
    public static final String MAX_TURNS = "max-turns";
    /** The noop agent. */
    public static final String SKIPPED = "skipped";
    /** The stage's or run's wall time ran out. */
    public static final String TIME = "budget-time";
    /** The endpoint said the conversation exceeds the model's context window. */
    public static final String CONTEXT_LENGTH = "context-length";
    /** The endpoint failed after the gateway's retries, or refused the engine's credentials. */
    public static final String ENDPOINT_FAILURE = "endpoint-failure";
    /** The agent's container died or could not be used. */
    public static final String CRASHED = "crashed";
    /** An agent program outlived the stage's time. */
    public static final String TIMEOUT = "timeout";
    private static final String BUDGET = "budget-";

    private StopReason() {
    }

    /** "budget-calls", "budget-tokens", "budget-dollars", "budget-time": the gateway refused further calls. */
    public static String budget(String kind) {
        return BUDGET + kind;
    }

    public static boolean isBudget(String reason) {
        return reason.startsWith(BUDGET);
    }

    /** "exited N" for an agent program. */
    public static String exited(int status) {
        return "exited " + status;
    }
}
