package org.ramp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ramp.history.BuildRuns;
import org.ramp.history.RunSummaries;
import org.ramp.history.RunSummary;
import org.ramp.history.RunSummaryException;
import org.ramp.history.Trends;
import org.ramp.results.FailureClass;
import org.ramp.results.InputSource;
import org.ramp.results.RunStatus;
import org.ramp.results.StageStatus;

/**
 * How long the trend data of a job takes: {@code builds} builds of {@code models} models each, as run
 * summaries in memory (what a Jenkins job's builds keep), turned into {@link Trends} and its JSON. Some builds
 * have no RAMP results, some runs did not complete, one model joins late, as in a real job. Also times
 * reading every summary back from its JSON, for a plugin that keeps summaries as JSON text.
 *
 * <p>{@code java -cp engine/target/ramp.jar org.ramp.bench.TrendBenchmark [BUILDS [MODELS [REPEAT]]]}
 */
public final class TrendBenchmark {
    private static final String[] STAGES = {"T0", "T1", "T2", "T3", "T4", "T5"};
    private static final String[] NAMES = {"environment", "lexer", "parser", "irgen", "opt", "codegen"};

    /**
     * The figures of one benchmark, in milliseconds of wall time and of this thread's CPU time (which a busy
     * machine disturbs less).
     *
     * @param first  the first computation in this JVM (trends and their JSON)
     * @param median the median of {@code repeat} computations after it
     * @param max    the slowest of those
     * @param parse  reading every summary back from its JSON, once
     */
    public record Figures(int builds, int models, int summaries, int meanSummaryBytes, int jsonBytes, Time first,
            Time median, Time max, Time parse) {
    }

    public record Time(double wallMillis, double cpuMillis) {
    }

    private TrendBenchmark() {
    }

    public static void main(String[] args) throws RunSummaryException {
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int models = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Figures f = run(builds, models, repeat);
        System.out.printf(Locale.ROOT, "trend data of %d builds x %d models (%d run summaries, %d bytes of JSON "
                + "each on average; trend JSON %,d bytes)%n", f.builds(), f.models(), f.summaries(),
                f.meanSummaryBytes(), f.jsonBytes());
        System.out.printf(Locale.ROOT, "%-46s %9s %9s%n", "", "wall", "cpu");
        print("first computation in a fresh JVM", f.first());
        print("median of the next " + repeat, f.median());
        print("slowest of the next " + repeat, f.max());
        print("reading the " + f.summaries() + " summaries from JSON", f.parse());
        // on a shared machine the figures move with the load: say what it was
        System.out.printf(Locale.ROOT, "load average %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void print(String what, Time time) {
        System.out.printf(Locale.ROOT, "  %-44s %6.1f ms %6.1f ms%n", what, time.wallMillis(), time.cpuMillis());
    }

    public static Figures run(int builds, int models, int repeat) throws RunSummaryException {
        List<BuildRuns> history = history(builds, models);
        int summaries = history.stream().mapToInt(build -> build.runs().size()).sum();
        Clock clock = new Clock();
        int bytes = Trends.of(history).toJson().length();
        Time first = clock.lap();
        Time[] times = new Time[Math.max(1, repeat)];
        for (int i = 0; i < times.length; i++) {
            Trends.of(history).toJson();
            times[i] = clock.lap();
        }
        Arrays.sort(times, Comparator.comparingDouble(Time::wallMillis));
        List<String> texts = new ArrayList<>();
        history.forEach(build -> build.runs().forEach(run -> texts.add(RunSummaries.toJson(run))));
        clock.lap();
        for (String text : texts) {
            RunSummaries.fromJson(text, "benchmark");
        }
        Time parse = clock.lap();
        int meanBytes = texts.isEmpty() ? 0 : texts.stream().mapToInt(String::length).sum() / texts.size();
        return new Figures(builds, models, summaries, meanBytes, bytes, first, times[times.length / 2],
                times[times.length - 1], parse);
    }

    /** Wall and CPU time since the last lap. */
    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();

        Time lap() {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            Time time = new Time((nowWall - wall) / 1e6, (nowCpu - cpu) / 1e6);
            wall = nowWall;
            cpu = nowCpu;
            return time;
        }
    }

    /** Builds 1..n, oldest first: every 25th without results, every 17th run running, the last model from n/5 on. */
    public static List<BuildRuns> history(int builds, int models) {
        Random random = new Random(20261122);
        List<BuildRuns> history = new ArrayList<>();
        for (int b = 1; b <= builds; b++) {
            List<RunSummary> runs = new ArrayList<>();
            if (b % 25 != 0) {
                for (int m = 0; m < models; m++) {
                    if (m == models - 1 && models > 1 && b < builds / 5) {
                        continue;
                    }
                    runs.add(summary(b, m, random, (b + m) % 17 == 0));
                }
            }
            history.add(new BuildRuns("#" + b, runs));
        }
        return history;
    }

    private static RunSummary summary(int build, int model, Random random, boolean running) {
        List<RunSummary.Stage> stages = new ArrayList<>();
        double[] scores = new double[STAGES.length];
        int known = running ? 3 : STAGES.length;
        for (int i = 0; i < known; i++) {
            scores[i] = i == 0 ? 100 : Math.min(100, Math.round(random.nextDouble() * 1200 / (i + 1)) / 10.0);
            boolean passed = scores[i] >= 60;
            stages.add(new RunSummary.Stage(STAGES[i], NAMES[i], scores[i], passed ? StageStatus.PASSED
                    : StageStatus.FAILED, i == 0 ? InputSource.NONE : InputSource.AGENT, !passed,
                    passed ? null : FailureClass.REASONING));
        }
        double mean = Arrays.stream(scores).average().orElse(0);
        double cost = Math.round(random.nextDouble() * 500) / 100.0;
        RunSummary.Metrics metrics = running ? null : new RunSummary.Metrics(mean, mean * 0.9, mean * 0.8, 1,
                mean * 0.5, 60 + mean / 5, new RunSummary.AeiComponents(20, mean * 0.9, 90, 100 - cost / 2, 95));
        RunSummary.Totals totals = new RunSummary.Totals(1500 + random.nextInt(3000), cost, 9_000_000, 16_000_000,
                400 + random.nextInt(100), (int) Arrays.stream(scores).filter(s -> s >= 60).count(), 2, 0);
        String name = "model-" + (char) ('a' + model);
        return new RunSummary(RunSummary.SCHEMA, name, String.format(Locale.ROOT, "2026%04d-%06d-%d", build % 10000,
                build, model), name, "builtin", "chain", running ? RunStatus.RUNNING : RunStatus.COMPLETED, null,
                stages, metrics, totals);
    }

}
