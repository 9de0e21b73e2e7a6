package org.ramp.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ramp.results.RunResult;

/**
 * Earlier runs for the trend charts, read from one folder: each sub-folder holding a run.json, and each
 * .json file directly in it. A run that cannot be read is skipped with a note, so one broken run never
 * hides the others.
 *
 * @param runs    readable runs, ordered by start time, each run id once
 * @param skipped one note for each file that could not be read, naming it and why
 */
public record RunHistory(List<RunResult> runs, List<String> skipped) {
    public static final RunHistory NONE = new RunHistory(List.of(), List.of());

    /** Runs without a start time (never written by the engine) go last. */
    static final Comparator<RunResult> BY_START = Comparator.comparing(RunResult::startedAt,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(RunResult::runId);

    public RunHistory {
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
    }

    public static RunHistory load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such folder (the history folder holds earlier runs)");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        List<RunResult> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path entry : entries) {
            boolean candidate = Files.isDirectory(entry) ? Files.exists(entry.resolve(RunFiles.RUN_JSON))
                    : entry.getFileName().toString().endsWith(".json");
            if (!candidate) {
                continue; // other files and folders are not runs
            }
            try {
                RunResult run = RunFiles.read(entry);
                if (seen.add(run.runId())) {
                    runs.add(run);
                } else {
                    skipped.add(RunFiles.runJson(entry) + ": run " + run.runId() + " appears twice; kept the first");
                }
            } catch (RunFileException e) {
                skipped.add(e.getMessage());
            }
        }
        runs.sort(BY_START);
        return new RunHistory(runs, skipped);
    }

    /** The given run with these runs, each once (the given one wins), ordered by start time. */
    public List<RunResult> with(RunResult current) {
        List<RunResult> all = new ArrayList<>(runs.stream().filter(run -> !run.runId().equals(current.runId())).toList());
        all.add(current);
        all.sort(BY_START);
        return all;
    }
}
