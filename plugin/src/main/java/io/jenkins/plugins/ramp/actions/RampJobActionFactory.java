package io.jenkins.plugins.ramp.actions;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Gives a job its {@link RampJobAction} when one of its recent builds recorded RAMP runs (whatever the last
 * completed build did, unlike a build action's project actions).
 */
@Extension
@SuppressWarnings("rawtypes")
public final class RampJobActionFactory extends TransientActionFactory<Job> {
    /** Builds looked at, newest first. */
    static final int RECENT = 10;

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return RampJobAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(Job target) {
        Job<?, ?> job = target;
        int looked = 0;
        for (Run<?, ?> r = job.getLastBuild(); r != null && looked < RECENT; r = r.getPreviousBuild()) {
            looked++;
            if (r.getAction(RampBuildAction.class) != null) {
                return List.of(new RampJobAction(job));
            }
        }
        return List.of();
    }
}
