package io.jenkins.plugins.ramp.actions;

import io.jenkins.plugins.ramp.history.BuildHistory;
import io.jenkins.plugins.ramp.history.BuildRecord;
import io.jenkins.plugins.ramp.history.TrendData;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.ramp.bench.TrendBenchmark;
import org.ramp.history.BuildRuns;
import org.ramp.history.RunSummaries;
import org.ramp.history.RunSummary;
import org.ramp.history.SeriesKey;

/**
 * The job page's trend endpoint ({@code JOB/ramp/trend?builds=1000}) over 1,000 builds, along the plugin's own path:
 * each build a {@link RampBuildAction} holding its runs as build.xml keeps them (summary JSON text), the history
 * walked newest first as {@link JobHistory} walks a job's builds, {@link TrendData} choosing the builds and writing
 * the JSON. The builds are the engine's TrendBenchmark history (3 models, every 25th build without results, some
 * runs unfinished, one model joining late); the actions have no build folder, so no detail file can be read.
 *
 * <p>{@code java -cp ... io.jenkins.plugins.ramp.actions.TrendEndpointBenchmark [BUILDS [REPEAT]]}, or
 * {@code mvn -pl plugin -am test -Dtest=TrendEndpointBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class TrendEndpointBenchmark {
    /** Times in milliseconds: wall time and this thread's CPU time. */
    public record Figures(int builds, int summaries, int jsonBytes, double[] coldRequest, double[] median,
            double[] slowest, double[] loadParse) {
    }

    private TrendEndpointBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        print(run(builds, repeat));
    }

    public static void print(Figures f) {
        System.out.printf(Locale.ROOT, "trend endpoint over %d builds (%d run summaries), %,d bytes of JSON%n",
                f.builds(), f.summaries(), f.jsonBytes());
        System.out.printf(Locale.ROOT, "  %-58s %9s %9s%n", "", "wall", "cpu");
        line("first request, summaries parsed from build.xml's JSON text", f.coldRequest());
        line("parsing the summaries alone (what onLoad does per build)", f.loadParse());
        line("median request, actions loaded", f.median());
        line("slowest request, actions loaded", f.slowest());
        System.out.printf(Locale.ROOT, "  load average %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void line(String what, double[] time) {
        System.out.printf(Locale.ROOT, "  %-58s %6.1f ms %6.1f ms%n", what, time[0], time[1]);
    }

    public static Figures run(int count, int repeat) throws Exception {
        List<BuildRuns> oldestFirst = TrendBenchmark.history(count, 3);
        int summaries = oldestFirst.stream().mapToInt(b -> b.runs().size()).sum();
        Clock clock = new Clock();
        List<Stored> stored = store(oldestFirst);
        BuildHistory history = history(stored);
        clock.lap();
        String json = TrendData.json(history, count, SeriesKey.NAME); // the first request parses every summary
        double[] cold = clock.lap();
        stored = store(oldestFirst);
        clock.lap();
        for (Stored build : stored) {
            build.action.summaries();
        }
        double[] parse = clock.lap();
        history = history(stored);
        double[][] times = new double[Math.max(1, repeat)][];
        for (int i = 0; i < times.length; i++) {
            TrendData.json(history, count, SeriesKey.NAME);
            times[i] = clock.lap();
        }
        Arrays.sort(times, (a, b) -> Double.compare(a[0], b[0]));
        return new Figures(count, summaries, json.length(), cold, times[times.length / 2], times[times.length - 1],
                parse);
    }

    /** A build as a job holds it after loading build.xml: its number and its action with summary JSON text. */
    record Stored(int number, RampBuildAction action) implements BuildRecord {
        @Override
        public String label() {
            return "#" + number;
        }

        @Override
        public boolean building() {
            return false;
        }

        @Override
        public String gateOutcome() {
            return action.gateOutcome();
        }

        @Override
        public List<RunSummary> summaries() {
            return action.summaries();
        }
    }

    static List<Stored> store(List<BuildRuns> oldestFirst) {
        List<Stored> builds = new ArrayList<>();
        int number = 0;
        for (BuildRuns build : oldestFirst) {
            number++;
            RampBuildAction action = new RampBuildAction();
            for (RunSummary run : build.runs()) {
                action.record(new RecordedRun(run.name(), RunSummaries.toJson(run), List.of(), List.of("run.json"),
                        List.of()));
            }
            builds.add(new Stored(number, action));
        }
        return builds;
    }

    static BuildHistory history(List<Stored> oldestFirst) {
        List<BuildRecord> newest = new ArrayList<>(oldestFirst);
        Collections.reverse(newest);
        return () -> newest;
    }

    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();

        double[] lap() {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            double[] time = {(nowWall - wall) / 1e6, (nowCpu - cpu) / 1e6};
            wall = nowWall;
            cpu = nowCpu;
            return time;
        }
    }
}
