package org.ramp.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A run's usage from its transcripts alone ({@code <dir>/<stage>.jsonl}), whichever processes served
 * its stages and however they ended: every recorded call (answered, refused, cut) counted per stage
 * as the gateway counts it, and every call admitted but never recorded (its process died while the call
 * was in flight; the endpoint may have served it) counted as a forwarded call whose usage is unknown,
 * held at its reservation. What is left of a budget follows ({@link #remaining}).
 */
public final class TranscriptLedger {
    private final Map<String, UsageTotals> recorded = new TreeMap<>();
    private final Map<String, Unfinished> unfinished = new TreeMap<>();

    /** The calls of a stage that were forwarded and never recorded, and what they could have cost at most. */
    public record Unfinished(long calls, long reservedTokens, double reservedUsd) {
        public static final Unfinished NONE = new Unfinished(0, 0, 0);

        Unfinished plus(TranscriptFile.Admitted call) {
            return new Unfinished(calls + 1, reservedTokens + call.reservedTokens(), reservedUsd + call.reservedUsd());
        }
    }

    private TranscriptLedger() {
    }

    /** Reads every transcript in {@code dir}; a folder that does not exist has no calls. */
    public static TranscriptLedger read(Path dir) {
        TranscriptLedger ledger = new TranscriptLedger();
        if (!Files.isDirectory(dir)) {
            return ledger;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(Transcript.SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new GatewayException("cannot list the transcripts in " + dir + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            TranscriptFile transcript = TranscriptFile.read(file);
            for (TranscriptFile.Call call : transcript.calls()) {
                ledger.recorded.merge(call.record().stage(), UsageTotals.ZERO.plus(call.record()),
                        (a, b) -> a.plus(call.record()));
            }
            for (TranscriptFile.Admitted call : transcript.unfinished()) {
                ledger.unfinished.merge(call.stage(), Unfinished.NONE.plus(call), (a, b) -> a.plus(call));
            }
        }
        return ledger;
    }

    /** The stages that have calls, by name. */
    public List<String> stages() {
        TreeMap<String, Boolean> all = new TreeMap<>();
        recorded.keySet().forEach(s -> all.put(s, true));
        unfinished.keySet().forEach(s -> all.put(s, true));
        return List.copyOf(all.keySet());
    }

    /** A stage's totals: its recorded calls, and its unfinished ones as forwarded calls without usage. */
    public UsageTotals usage(String stage) {
        UsageTotals totals = recorded.getOrDefault(stage, UsageTotals.ZERO);
        Unfinished open = unfinished(stage);
        return new UsageTotals(totals.calls() + open.calls(), totals.refusedCalls(), totals.callsCut(),
                totals.promptTokens(), totals.cachedTokens(), totals.cacheWriteTokens(), totals.completionTokens(),
                totals.reasoningTokens(), totals.costUsd(), totals.contextLengthErrors(), totals.endpointFailures(),
                totals.endpointSecondsLost(), totals.usageMissing() + open.calls(), totals.retries(), null);
    }

    /** The whole run's totals. */
    public UsageTotals usage() {
        UsageTotals sum = UsageTotals.ZERO;
        for (String stage : stages()) {
            UsageTotals s = usage(stage);
            sum = new UsageTotals(sum.calls() + s.calls(), sum.refusedCalls() + s.refusedCalls(),
                    sum.callsCut() + s.callsCut(), sum.promptTokens() + s.promptTokens(),
                    sum.cachedTokens() + s.cachedTokens(), sum.cacheWriteTokens() + s.cacheWriteTokens(),
                    sum.completionTokens() + s.completionTokens(), sum.reasoningTokens() + s.reasoningTokens(),
                    sum.costUsd() + s.costUsd(), sum.contextLengthErrors() + s.contextLengthErrors(),
                    sum.endpointFailures() + s.endpointFailures(), sum.endpointSecondsLost() + s.endpointSecondsLost(),
                    sum.usageMissing() + s.usageMissing(), sum.retries() + s.retries(), null);
        }
        return sum;
    }

    public Unfinished unfinished(String stage) {
        return unfinished.getOrDefault(stage, Unfinished.NONE);
    }

    /**
     * What is left of the run's {@code limits} after every call in the transcripts: calls, tokens and
     * dollars (an unfinished call held at its reservation, so that the budget holds whatever it cost);
     * wall time is not known from calls and is left as given.
     */
    public Budgets remaining(Budgets limits) {
        Unfinished open = Unfinished.NONE;
        for (String stage : stages()) {
            Unfinished s = unfinished(stage);
            open = new Unfinished(open.calls() + s.calls(), open.reservedTokens() + s.reservedTokens(),
                    open.reservedUsd() + s.reservedUsd());
        }
        return left(limits, usage(), open);
    }

    /** What is left of a stage's {@code limits} after its calls in the transcripts (see {@link #remaining(Budgets)}). */
    public Budgets remaining(Budgets limits, String stage) {
        return left(limits, usage(stage), unfinished(stage));
    }

    private static Budgets left(Budgets limits, UsageTotals used, Unfinished open) {
        return new Budgets(
                limits.maxCalls() == null ? null : Math.max(0, limits.maxCalls() - used.calls()),
                limits.maxTokens() == null ? null
                        : Math.max(0, limits.maxTokens() - used.totalTokens() - open.reservedTokens()),
                limits.maxDollars() == null ? null
                        : Math.max(0, limits.maxDollars() - used.costUsd() - open.reservedUsd()),
                limits.maxWallSeconds());
    }
}
