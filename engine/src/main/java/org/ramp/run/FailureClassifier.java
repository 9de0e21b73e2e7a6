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
 * program did or holds); a harness failure excuses everything after it; an agent program that could not start
 * (or stopped with an error before asking the model anything) is the set-up's; a context or budget failure explains
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
     * @param tooling         what the agent left that the harness could not use (a workspace that cannot
     *                        be copied or graded), the agent's own doing
     * @param infrastructure  harness failures seen during the stage (grade container, lost results...)
     * @param endpointSecondsLostBefore seconds the endpoint held of the run's time in earlier stages, when
     *                        this stage's time was the rest of the run's (the gateway's
     *                        endpointSecondsLostBefore); 0 otherwise
     * @param violations      the stage's rules the program broke, each with what was done or found
     */
    public record Evidence(double score, double threshold, AgentOutcome agent, Usage usage,
            Optional<String> exhaustedBudget, String build, String buildLog, List<String> tooling,
            List<String> infrastructure, double endpointSecondsLostBefore, List<String> violations) {
        public Evidence {
            violations = List.copyOf(violations);
        }

        /** A stage whose program broke no rule. */
        public Evidence(double score, double threshold, AgentOutcome agent, Usage usage,
                Optional<String> exhaustedBudget, String build, String buildLog, List<String> tooling,
                List<String> infrastructure, double endpointSecondsLostBefore) {
            this(score, threshold, agent, usage, exhaustedBudget, build, buildLog, tooling, infrastructure,
                    endpointSecondsLostBefore, List.of());
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
        // a crash is the harness's unless the agent's own doing explains it (a workspace it made too big)
        if (!evidence.infrastructure().isEmpty() || (stop.equals(StopReason.CRASHED) && evidence.tooling().isEmpty())
                || stop.equals(StopReason.ENDPOINT_FAILURE)) {
            facts.addAll(evidence.infrastructure());
            if (evidence.usage().endpointFailures() > 0) {
                facts.add(evidence.usage().endpointFailures() + " calls failed at the endpoint after retries");
            }
            return new Failure(FailureClass.INFRASTRUCTURE, facts);
        }
        if (ranOutOfTime(evidence, stop) && (evidence.usage().endpointSecondsLost() > 0
                || evidence.endpointSecondsLostBefore() > 0)) {
            // time the endpoint held is the endpoint's failure, never the model's, in this stage or a later one
            facts.add(timeLost(evidence));
            return new Failure(FailureClass.INFRASTRUCTURE, facts);
        }
        Optional<String> configuration = configuration(evidence);
        if (configuration.isPresent()) {
            facts.add(configuration.get());
            String tail = evidence.agent().output() == null ? "" : evidence.agent().output().stderrTail();
            if (evidence.agent().startFailure() == null && !tail.isBlank()) {
                facts.add("the program's last words: " + lastLine(tail));
            }
            return new Failure(FailureClass.CONFIGURATION, facts);
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
        if (!evidence.tooling().isEmpty()) {
            facts.addAll(evidence.tooling());
            return new Failure(FailureClass.TOOLING, facts);
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

    /**
     * Why the agent program is the set-up's failure: the shell could not run it, or it exited with an
     * error before its first model call (the model was never asked, so it cannot have failed).
     */
    private static Optional<String> configuration(Evidence evidence) {
        AgentOutcome agent = evidence.agent();
        if (evidence.usage().calls() > 0 || evidence.exhaustedBudget().isPresent()
                || evidence.usage().endpointFailures() > 0) {
            return Optional.empty();
        }
        if (agent.startFailure() != null) {
            return Optional.of("the agent program could not start: " + agent.startFailure());
        }
        String stop = agent.stopReason();
        // what the agent's processes did in its container (agentbox's evidence) explains a failure otherwise
        if (agent.output() != null && evidence.tooling().isEmpty() && stop.startsWith("exited ")
                && !stop.equals(StopReason.exited(0))) {
            int status = Integer.parseInt(stop.substring("exited ".length()).strip());
            if (status > 0 && status < 128) {
                return Optional.of("the agent program " + stop + " before its first model call");
            }
        }
        return Optional.empty();
    }

    private static boolean ranOutOfTime(Evidence evidence, String stop) {
        return stop.equals(StopReason.TIME) || stop.equals(StopReason.TIMEOUT)
                || evidence.exhaustedBudget().filter("time"::equals).isPresent();
    }

    private static String timeLost(Evidence evidence) {
        Usage usage = evidence.usage();
        String here = String.format(java.util.Locale.ROOT, "the endpoint held %.1f s of this stage's time in %d"
                + " failed or hung calls (%d cut at their deadline)", usage.endpointSecondsLost(),
                usage.endpointFailures(), usage.callsCut());
        String before = String.format(java.util.Locale.ROOT, "%.1f s of the run's time in earlier stages",
                evidence.endpointSecondsLostBefore());
        return usage.endpointSecondsLost() <= 0 ? "the time ran out after the endpoint held " + before
                : evidence.endpointSecondsLostBefore() <= 0 ? "the time ran out after " + here
                : "the time ran out after " + here + ", and " + before;
    }

    private static String lastLine(String log) {
        List<String> lines = log.strip().lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
