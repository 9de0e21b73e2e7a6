package io.jenkins.plugins.ramp.actions;

import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.ramp.history.TrendData;
import java.io.IOException;
import java.io.PrintWriter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The job's RAMP trends ({@code JOB/ramp/}): charts across builds (mean reward, pipeline score, AEI and cost, one
 * series per run; each stage's score; cost against reward in the last build), drawn by {@code js/ramp-trends.js}
 * with Chart.js from the data of {@code JOB/ramp/trend} (JSON from the builds' summaries alone). Item.READ needed.
 */
public final class RampJobAction implements Action, StaplerProxy {
    private final Job<?, ?> job;

    public RampJobAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public Object getTarget() {
        job.getACL().checkPermission(Item.READ);
        return this;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/ramp/images/ramp.svg";
    }

    @Override
    public String getDisplayName() {
        return "RAMP trends";
    }

    @Override
    public String getUrlName() {
        return RampBuildAction.URL;
    }

    /**
     * {@code trend?builds=100&key=name}: the trend data of the newest builds with RAMP results (at most 1,000), one
     * series per run name ({@code key=model}: per model). Reads no build's detail file.
     */
    public void doTrend(StaplerResponse2 rsp, @QueryParameter int builds, @QueryParameter String key)
            throws IOException {
        String json = TrendData.json(new JobHistory(job), builds, TrendData.key(key));
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setHeader("Cache-Control", "no-cache");
        try (PrintWriter out = rsp.getWriter()) {
            out.write(json);
        }
    }
}
