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
 * Jobs added with {@link #first} run before any shard starts (a build the cases need), and any job
 * may depend on them.
 */
public final class JobBatch {
    private final List<Job> first = new ArrayList<>();
    private final Map<String, List<Job>> groups = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    /** A job that runs, in order with the other first jobs, before the shards. */
    public JobBatch first(Job job) {
        if (!ids.add(job.id())) {
            throw new IllegalArgumentException("job id " + job.id() + " used twice in one batch");
        }
        job.after().ifPresent(after -> {
            if (first.stream().noneMatch(earlier -> earlier.id().equals(after))) {
                throw new IllegalArgumentException("first job " + job.id() + " depends on " + after
                        + ", which is not an earlier first job");
            }
        });
        first.add(job);
        return this;
    }

    public List<Job> firstJobs() {
        return List.copyOf(first);
    }

    public JobBatch add(String group, Job job) {
        if (!ids.add(job.id())) {
            throw new IllegalArgumentException("job id " + job.id() + " used twice in one batch");
        }
        List<Job> jobs = groups.computeIfAbsent(group, g -> new ArrayList<>());
        job.after().ifPresent(after -> {
            if (jobs.stream().noneMatch(earlier -> earlier.id().equals(after))
                    && first.stream().noneMatch(earlier -> earlier.id().equals(after))) {
                throw new IllegalArgumentException("job " + job.id() + " depends on " + after
                        + ", which is neither an earlier job of group " + group + " nor a first job");
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
        List<Job> all = new ArrayList<>(first);
        groups.values().forEach(all::addAll);
        return all;
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
