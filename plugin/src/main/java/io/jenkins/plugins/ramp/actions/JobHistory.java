package io.jenkins.plugins.ramp.actions;

import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.ramp.history.BuildHistory;
import io.jenkins.plugins.ramp.history.BuildRecord;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.ramp.history.RunSummary;

/** A job's builds, newest first, each as its RAMP action sees it (a build without one has no runs). */
public final class JobHistory implements BuildHistory {
    private final Job<?, ?> job;

    public JobHistory(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public Iterable<BuildRecord> newestFirst() {
        return () -> new Iterator<>() {
            private Run<?, ?> next = job.getLastBuild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BuildRecord next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Run<?, ?> build = next;
                next = build.getPreviousBuild();
                RampBuildAction action = build.getAction(RampBuildAction.class);
                return action != null ? action : new Empty(build.getNumber(), build.isBuilding());
            }
        };
    }

    /** A build without RAMP results. */
    private static final class Empty implements BuildRecord {
        private final int number;
        private final boolean building;

        Empty(int number, boolean building) {
            this.number = number;
            this.building = building;
        }

        @Override
        public String label() {
            return "#" + number;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public boolean building() {
            return building;
        }

        @Override
        public String gateOutcome() {
            return null;
        }

        @Override
        public List<RunSummary> summaries() {
            return List.of();
        }
    }
}
