package org.ramp.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ramp.agents.AgentOutcome;
import org.ramp.agents.StopReason;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.Usage;

/**
 * Classifies a failed stage in RAMP's taxonomy from what the run recorded, keeping the evidence. The
 * order matters: a broken stage rule is the model's whatever else happened (its evidence is what the
 * program did or holds); a harness failure excuses everything after it; a context or budget failure explains
 * why the agent stopped; a broken build explains the scores; otherwise the agent either ran out of
 * calls or time while working (reasoning) or stopped while budget remained (planning).
 */
public final class FailureClassifier {
    /** When at least this share of tool calls failed (and there were a few), tooling is to blame. */
    private static final double TOOL_ERROR_SHARE = 0.5;
    private static final int TOOL_ERROR_MINIMUM = 5;

    private FailureClassifier() {
    }

    /**
     * What a stage left behind.
     *
     * @param exhaustedBudget the budget the gateway refused calls on in this stage ("calls", "tokens",
     *                        "dollars", "time"), if any
     * @param infrastructure  harness failures seen during the stage (grade container, lost results...)
     * @param violations      the stage's rules the program broke, each with what was done or found
     */
    public record Evidence(double score, double threshold, AgentOutcome agent, Usage usage,
            Optional<String> exhaustedBudget, String build, String buildLog, List<String> infrastructure,
            List<String> violations) {
        public Evidence {
            violations = List.copyOf(violations);
        }

        public Evidence(double score, double threshold, AgentOutcome agent, Usage usage,
                Optional<String> exhaustedBudget, String build, String buildLog, List<String> infrastructure) {
            this(score, threshold, agent, usage, exhaustedBudget, build, buildLog, infrastructure, List.of());
        }
    }

    public static Failure classify(Evidence evidence) {
        List<String> facts = new ArrayList<>();
        facts.add(String.format(java.util.Locale.ROOT, "score %.2f, below the pass threshold %.0f",
                evidence.score(), evidence.threshold()));
        String stop = evidence.agent().stopReason();
        facts.add("the agent stopped: " + stop + " after " + evidence.agent().turns() + " turns and "
                + evidence.agent().toolCalls() + " tool calls");
        if (!evidence.violations().isEmpty()) {
            facts.add("the stage scores 0: its rules were broken");
            facts.addAll(evidence.violations());
            return new Failure(FailureClass.RULE_VIOLATION, facts);
        }
        if (!evidence.infrastructure().isEmpty() || stop.equals(StopReason.CRASHED)
                || stop.equals(StopReason.ENDPOINT_FAILURE)) {
            facts.addAll(evidence.infrastructure());
            if (evidence.usage().endpointFailures() > 0) {
                facts.add(evidence.usage().endpointFailures() + " calls failed at the endpoint after retries");
            }
            return new Failure(FailureClass.INFRASTRUCTURE, facts);
        }
        if (stop.equals(StopReason.CONTEXT_LENGTH)) {
            facts.add(evidence.usage().contextLengthErrors() + " context-length errors from the endpoint");
            return new Failure(FailureClass.CONTEXT, facts);
        }
        Optional<String> budget = evidence.exhaustedBudget().or(() -> StopReason.isBudget(stop)
                ? Optional.of(stop.substring("budget-".length())) : Optional.empty());
        if (budget.isPresent() && (budget.get().equals("tokens") || budget.get().equals("dollars"))) {
            facts.add("the " + budget.get() + " budget ran out");
            return new Failure(FailureClass.COST_OVERRUN, facts);
        }
        if (!evidence.build().equals("ok") && !evidence.build().equals("none")) {
            facts.add("the project's build " + evidence.build() + ": " + lastLine(evidence.buildLog()));
            return new Failure(FailureClass.TOOLING, facts);
        }
        int calls = evidence.agent().toolCalls();
        if (calls >= TOOL_ERROR_MINIMUM && evidence.agent().toolErrors() >= TOOL_ERROR_SHARE * calls) {
            facts.add(evidence.agent().toolErrors() + " of " + calls + " tool calls failed");
            return new Failure(FailureClass.TOOLING, facts);
        }
        if (budget.isPresent() || stop.equals(StopReason.MAX_TURNS) || stop.equals(StopReason.TIME)
                || stop.equals(StopReason.TIMEOUT)) {
            facts.add(budget.map(b -> "the " + b + " budget ran out while the agent was working")
                    .orElse("the agent's turns or time ran out while it was working"));
            return new Failure(FailureClass.REASONING, facts);
        }
        facts.add("the agent stopped while budget remained");
        return new Failure(FailureClass.PLANNING, facts);
    }

    private static String lastLine(String log) {
        List<String> lines = log.strip().lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
