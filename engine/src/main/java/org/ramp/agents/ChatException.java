package org.ramp.agents;

/** A chat-completion call that did not produce an answer, sorted by what the agent should do about it. */
public final class ChatException extends Exception {
    /** What went wrong, as far as the agent's stopping is concerned. */
    public enum Kind {
        /** The gateway refused: a budget of the run or stage is used up. */
        BUDGET,
        /** The conversation is longer than the model's context window. */
        CONTEXT_LENGTH,
        /** The endpoint failed (after the gateway's retries) or could not be reached. */
        ENDPOINT,
        /** The request was rejected for another reason (malformed, unknown model...). */
        REJECTED
    }

    private final Kind kind;
    private final int status;
    private final String code;

    public ChatException(Kind kind, int status, String code, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** The error's code from the body, e.g. ramp_budget_exhausted; may be empty. */
    public String code() {
        return code;
    }
}
