package org.ramp.gateway;

/** What a budget limits. */
public enum BudgetKind {
    CALLS("calls"), TOKENS("tokens"), DOLLARS("dollars"), TIME("time");

    private final String word;

    BudgetKind(String word) {
        this.word = word;
    }

    /** The word used in messages and files: calls, tokens, dollars, time. */
    public String word() {
        return word;
    }
}
