package org.ramp.gateway;

/** Why the gateway cut a call off before the endpoint had answered it in full. */
public enum CutReason {
    /** The call's own timeout (the gateway's request timeout) passed. */
    CALL_TIMEOUT("call-timeout"),
    /** The stage's time budget ended. */
    STAGE_DEADLINE("stage-deadline"),
    /** The run's time budget ended. */
    RUN_DEADLINE("run-deadline"),
    /** The stage was ended ({@link Gateway#endStage}) with the call still open. */
    STAGE_ENDED("stage-ended"),
    /** The gateway was closed with the call still open. */
    GATEWAY_CLOSED("gateway-closed");

    private final String word;

    CutReason(String word) {
        this.word = word;
    }

    /** The word used in records and messages. */
    public String word() {
        return word;
    }

    static CutReason byWord(String word) {
        for (CutReason reason : values()) {
            if (reason.word.equals(word)) {
                return reason;
            }
        }
        return null;
    }

    /** For the agent and for people: why the call was cut. */
    String describe() {
        return switch (this) {
            case CALL_TIMEOUT -> "the call's own timeout passed";
            case STAGE_DEADLINE -> "the stage's time ended";
            case RUN_DEADLINE -> "the run's time ended";
            case STAGE_ENDED -> "the stage ended";
            case GATEWAY_CLOSED -> "the gateway was closed";
        };
    }
}
