package org.ramp.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The run's accounts: totals and budgets for the run and for each stage, and every call's record.
 * One lock guards it all: admitting a call (check the budgets, then count it) must be atomic, or
 * concurrent calls would slip past a call budget together.
 */
final class Ledger {
    /** The stage of calls made before the first {@link #beginStage}. */
    static final String DEFAULT_STAGE = "default";
    private static final Pattern STAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Clock clock;
    private final Account run;
    private final Map<String, Account> stages = new LinkedHashMap<>();
    private final List<CallRecord> records = new ArrayList<>();
    private Account current;
    private long sequence;

    /** Whether a call may go to the endpoint; {@code refusal} is null when it may. */
    record Admission(String stage, long sequence, BudgetExhaustion refusal) {
    }

    Ledger(Budgets runBudgets, Clock clock) {
        this.clock = clock;
        this.run = new Account(BudgetExhaustion.RUN, runBudgets, clock.instant());
    }

    static void checkStageId(String id) {
        if (id == null || !STAGE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a stage id must be 1 to 100 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit (it names the stage's transcript file), not '" + id + "'");
        }
    }

    /** Later calls belong to {@code id}. A stage begun again keeps its totals and start time and takes the new budgets. */
    synchronized void beginStage(String id, Budgets budgets) {
        checkStageId(id);
        Account account = stages.get(id);
        if (account == null) {
            account = new Account(id, budgets, clock.instant());
            stages.put(id, account);
        } else {
            account.budgets = budgets;
        }
        current = account;
    }

    synchronized String currentStage() {
        return current().scope;
    }

    synchronized Admission admit() {
        Account stage = current();
        long number = ++sequence;
        Instant now = clock.instant();
        BudgetExhaustion refusal = run.check(now);
        if (refusal == null) {
            refusal = stage.check(now);
        }
        if (refusal != null) {
            stage.remember(refusal);
            return new Admission(stage.scope, number, refusal);
        }
        run.admitted++;
        stage.admitted++;
        return new Admission(stage.scope, number, null);
    }

    synchronized void record(CallRecord call) {
        records.add(call);
        run.totals = run.totals.plus(call);
        Account stage = stages.get(call.stage());
        stage.totals = stage.totals.plus(call);
        Instant now = clock.instant();
        BudgetExhaustion runOut = run.check(now);
        if (runOut != null) {
            stage.remember(runOut);
        }
        stage.check(now);
    }

    synchronized UsageTotals usage() {
        return run.snapshot();
    }

    synchronized UsageTotals usage(String stage) {
        Account account = stages.get(stage);
        return account == null ? UsageTotals.ZERO : account.snapshot();
    }

    synchronized Optional<BudgetExhaustion> exhausted() {
        return Optional.ofNullable(run.exhausted);
    }

    synchronized Optional<BudgetExhaustion> exhausted(String stage) {
        Account account = stages.get(stage);
        return account == null ? Optional.empty() : Optional.ofNullable(account.exhausted);
    }

    synchronized List<CallRecord> records() {
        return List.copyOf(records);
    }

    synchronized List<String> stages() {
        return List.copyOf(stages.keySet());
    }

    private Account current() {
        if (current == null) {
            current = new Account(DEFAULT_STAGE, Budgets.UNLIMITED, clock.instant());
            stages.put(DEFAULT_STAGE, current);
        }
        return current;
    }

    private final class Account {
        final String scope;
        final Instant started;
        Budgets budgets;
        long admitted;
        UsageTotals totals = UsageTotals.ZERO;
        BudgetExhaustion exhausted;

        Account(String scope, Budgets budgets, Instant started) {
            this.scope = scope;
            this.budgets = budgets;
            this.started = started;
        }

        /** The budget that has run out, found now or earlier (a budget once exhausted stays so), or null. */
        BudgetExhaustion check(Instant now) {
            if (exhausted != null) {
                return exhausted;
            }
            double seconds = Duration.between(started, now).toMillis() / 1000.0;
            BudgetKind kind = budgets.reached(admitted, totals.totalTokens(), totals.costUsd(), seconds);
            if (kind != null) {
                double used = switch (kind) {
                    case CALLS -> admitted;
                    case TOKENS -> totals.totalTokens();
                    case DOLLARS -> totals.costUsd();
                    case TIME -> seconds;
                };
                exhausted = new BudgetExhaustion(scope, kind, budgets.limit(kind).doubleValue(), used);
            }
            return exhausted;
        }

        void remember(BudgetExhaustion exhaustion) {
            if (exhausted == null) {
                exhausted = exhaustion;
            }
        }

        UsageTotals snapshot() {
            return totals.withExhausted(exhausted);
        }
    }
}
