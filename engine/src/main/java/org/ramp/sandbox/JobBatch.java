package org.ramp.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jobs to run in one container, in groups: a group's jobs run in order on one shard (so a job may
 * depend on an earlier one of its group), and groups are spread over shards that run in parallel.
 */
public final class JobBatch {
    private final Map<String, List<Job>> groups = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    public JobBatch add(String group, Job job) {
        if (!ids.add(job.id())) {
            throw new IllegalArgumentException("job id " + job.id() + " used twice in one batch");
        }
        List<Job> jobs = groups.computeIfAbsent(group, g -> new ArrayList<>());
        job.after().ifPresent(after -> {
            if (jobs.stream().noneMatch(earlier -> earlier.id().equals(after))) {
                throw new IllegalArgumentException("job " + job.id() + " depends on " + after
                        + ", which is not an earlier job of group " + group);
            }
        });
        jobs.add(job);
        return this;
    }

    public JobBatch addAll(String group, List<Job> jobs) {
        jobs.forEach(job -> add(group, job));
        return this;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public int size() {
        return ids.size();
    }

    public List<Job> jobs() {
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /** Groups dealt to the least-loaded of {@code count} shards, biggest groups first; empty shards dropped. */
    public List<List<Job>> shards(int count) {
        List<List<Job>> shards = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count); i++) {
            shards.add(new ArrayList<>());
        }
        List<List<Job>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((List<Job> g) -> g.size()).reversed());
        for (List<Job> group : ordered) {
            shards.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(group);
        }
        shards.removeIf(List::isEmpty);
        return shards;
    }
}
