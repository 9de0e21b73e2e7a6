package org.ramp.gateway;

import java.util.Locale;

/**
 * A budget that ran out: whose ({@code scope} is {@value #RUN} or a stage id), which kind, its limit
 * and what had been used when it was found exhausted.
 */
public record BudgetExhaustion(String scope, BudgetKind kind, double limit, double used) {
    public static final String RUN = "run";

    /** For people and for the agent: "the run's dollars budget (2.5 USD) is used up: 2.5031 USD spent". */
    public String describe() {
        String owner = scope.equals(RUN) ? "the run's" : "stage " + scope + "'s";
        return owner + " " + kind.word() + " budget (" + amount(limit) + ") is used up: " + amount(used) + " "
                + switch (kind) {
                    case CALLS -> "made";
                    case TOKENS -> "used";
                    case DOLLARS -> "spent";
                    case TIME -> "elapsed";
                };
    }

    private String amount(double value) {
        return switch (kind) {
            case CALLS -> (long) value + " calls";
            case TOKENS -> (long) value + " tokens";
            case DOLLARS -> String.format(Locale.ROOT, "%.4f USD", value);
            case TIME -> String.format(Locale.ROOT, "%.0f s", value);
        };
    }
}
