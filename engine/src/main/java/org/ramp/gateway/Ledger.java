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
 * One lock guards it all: admitting a call (check the budgets, then count it and hold its
 * reservation) must be atomic, or concurrent calls would slip past a budget together.
 *
 * <p>A call is admitted when every budget is left, and either its {@link Reservation} fits beside
 * what is used and what the calls in flight hold, or no call of an account it does not fit in is in
 * flight: then it waits for them. So once the rest of a token or dollar budget cannot cover the
 * calls in flight, calls go one at a time, and a budget is exceeded by at most one call (while calls
 * keep within their reservations).
 */
final class Ledger {
    /** The stage of calls made before the first {@link #beginStage}. */
    static final String DEFAULT_STAGE = "default";
    private static final Pattern STAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** How long a waiting call sleeps before it looks at the clock again (time budgets end without a call). */
    private static final long RECHECK_MS = 500;

    private final Clock clock;
    private final Account run;
    private final Map<String, Account> stages = new LinkedHashMap<>();
    private final List<CallRecord> records = new ArrayList<>();
    private final double lostBefore;
    private Account current;
    private long sequence;
    private long slowestAnswerMs;

    /**
     * Whether a call may go to the endpoint ({@code refusal} null when it may), what it holds, and how
     * long it may take: {@code left} until the nearest deadline, which is {@code nearest}.
     */
    record Admission(String stage, long sequence, BudgetExhaustion refusal, Reservation held, Duration left,
            CutReason nearest) {
    }

    /**
     * @param lostBefore seconds of the run's time the endpoint held in calls of earlier processes (a
     *                   resumed run, or stages served by other gateways)
     */
    Ledger(Budgets runBudgets, Clock clock, double lostBefore) {
        this.clock = clock;
        this.run = new Account(BudgetExhaustion.RUN, runBudgets, clock.instant());
        this.lostBefore = lostBefore;
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
            account.runLostAtStart = lostBefore + run.totals.endpointSecondsLost();
            stages.put(id, account);
        } else {
            account.budgets = budgets;
        }
        current = account;
        notifyAll();
    }

    synchronized String currentStage() {
        return current().scope;
    }

    /**
     * Admits a call of the current stage that may cost {@code call}, or refuses it; waits while it must
     * (see the class comment). Its deadline is the nearest of {@code timeout} and the ends of the
     * stage's and the run's time.
     */
    synchronized Admission admit(Reservation call, Duration timeout) throws InterruptedException {
        Account stage = current();
        long number = ++sequence;
        while (true) {
            Instant now = clock.instant();
            BudgetExhaustion refusal = run.check(now);
            if (refusal == null) {
                refusal = stage.check(now);
            }
            if (refusal != null) {
                stage.remember(refusal);
                return new Admission(stage.scope, number, refusal, Reservation.NONE, Duration.ZERO, null);
            }
            if ((run.fits(call) || run.inFlight == 0) && (stage.fits(call) || stage.inFlight == 0)) {
                run.admitted++;
                stage.admitted++;
                run.hold(call);
                stage.hold(call);
                return deadline(stage, number, call, now, timeout);
            }
            wait(RECHECK_MS);
        }
    }

    private Admission deadline(Account stage, long number, Reservation call, Instant now, Duration timeout) {
        Duration left = timeout;
        CutReason nearest = CutReason.CALL_TIMEOUT;
        if (stage.end() != null && Duration.between(now, stage.end()).compareTo(left) < 0) {
            left = Duration.between(now, stage.end());
            nearest = CutReason.STAGE_DEADLINE;
        }
        if (run.end() != null && Duration.between(now, run.end()).compareTo(left) < 0) {
            left = Duration.between(now, run.end());
            nearest = CutReason.RUN_DEADLINE;
        }
        return new Admission(stage.scope, number, null, call, left.isNegative() ? Duration.ZERO : left, nearest);
    }

    /** Counts a finished (or refused, or cut) call and lets go of what it held. */
    synchronized void record(CallRecord call, Admission admission) {
        records.add(call);
        Account stage = stages.get(call.stage());
        if (admission.refusal() == null) {
            run.release(admission.held());
            stage.release(admission.held());
        }
        if (call.status() == 200 && call.cut() == null && !call.endpointFailure() && call.error() == null) {
            slowestAnswerMs = Math.max(slowestAnswerMs, call.latencyMs());
        }
        run.totals = run.totals.plus(call);
        stage.totals = stage.totals.plus(call);
        Instant now = clock.instant();
        BudgetExhaustion runOut = run.check(now);
        if (runOut != null) {
            stage.remember(runOut);
        }
        stage.check(now);
        notifyAll();
    }

    /**
     * Whether a call cut after {@code latencyMs} was the endpoint's failure: it was cut at its own
     * timeout, or the endpoint had held it more than twice as long as the slowest answer it gave in this
     * run and more than a twentieth of the timeout. A call merely open when the time ran out is not.
     */
    synchronized boolean hung(CutReason reason, long latencyMs, Duration timeout) {
        return reason == CutReason.CALL_TIMEOUT || latencyMs > Math.max(timeout.toMillis() / 20, 2 * slowestAnswerMs);
    }

    /**
     * The seconds the endpoint held of the run's time before {@code stage} began (in this process and
     * in earlier ones), when the stage's time is bounded by the rest of the run's and not by its own
     * budget; 0 otherwise (then what earlier stages lost did not shorten this one).
     */
    synchronized double endpointSecondsLostBefore(String stage) {
        Account account = stages.get(stage);
        if (account == null || run.end() == null || account.end() != null && run.end().isAfter(account.end())) {
            return 0;
        }
        return account.runLostAtStart;
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
}
