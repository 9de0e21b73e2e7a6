package io.jenkins.plugins.ramp.actions;

import hudson.model.Api;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.ramp.archive.BuildFolder;
import io.jenkins.plugins.ramp.archive.RunFiles;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.history.BuildRecord;
import io.jenkins.plugins.ramp.views.LeaderboardRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.ramp.history.RunSummary;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;

/**
 * RAMP's results of one build ({@code BUILD/ramp/}, REST {@code BUILD/ramp/api/json}): the runs it recorded, each
 * with its summary and gate results (kept in build.xml), their details read from the build's folder when a page
 * needs them ({@code BUILD_DIR/ramp/NAME/}), the leaderboard, a comparison with another build, the gates' outcome.
 * Every page and the REST API need Item.READ on the job ({@link #getTarget}).
 */
@ExportedBean
public final class RampBuildAction implements RunAction2, StaplerProxy, BuildRecord {
    private static final Logger LOGGER = Logger.getLogger(RampBuildAction.class.getName());
    static final String URL = "ramp";

    /** Concurrent: matrix cells record their runs while the build is saved. */
    private CopyOnWriteArrayList<RecordedRun> runs = new CopyOnWriteArrayList<>();
    /** The worst outcome of the gates evaluated in this build; null when none was. */
    private volatile String gateOutcome;
    /** The build the gates compared with ("#12"), or null. */
    private volatile String referenceBuild;
    private transient Run<?, ?> owner;

    /** The build's action, added when it has none yet. */
    public static RampBuildAction of(Run<?, ?> run) {
        synchronized (run) {
            RampBuildAction action = run.getAction(RampBuildAction.class);
            if (action == null) {
                action = new RampBuildAction();
                run.addAction(action);
            }
            return action;
        }
    }

    /** Adds a run, or replaces the record of the same name. */
    public synchronized void record(RecordedRun run) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).getName().equals(run.getName())) {
                runs.set(i, run);
                return;
            }
        }
        runs.add(run);
    }

    /** Records gate results and makes the build's outcome the worse of what it was and {@code outcome}. */
    public synchronized void gates(Map<String, List<GateRow>> byRun, String outcome, String reference) {
        for (Map.Entry<String, List<GateRow>> entry : byRun.entrySet()) {
            RecordedRun run = find(entry.getKey());
            if (run != null) {
                record(run.withGates(entry.getValue()));
            }
        }
        gateOutcome = Outcomes.worse(gateOutcome, outcome);
        if (reference != null) {
            referenceBuild = reference;
        }
    }

    public RecordedRun find(String name) {
        for (RecordedRun run : runs) {
            if (run.getName().equals(name)) {
                return run;
            }
        }
        return null;
    }

    public List<RecordedRun> getRecords() {
        return List.copyOf(runs);
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        owner = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        owner = r;
        if (runs == null) {
            runs = new CopyOnWriteArrayList<>();
        }
        for (RecordedRun run : runs) {
            run.summary(); // parsed when the build is loaded, so that trend requests never parse
        }
    }

    public Run<?, ?> getOwner() {
        return owner;
    }

    /** Pages and the REST API of the results: whoever may read the job. */
    @Override
    public Object getTarget() {
        if (owner != null) {
            owner.getACL().checkPermission(Item.READ);
        }
        return this;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/ramp/images/ramp.svg";
    }

    @Override
    public String getDisplayName() {
        return "RAMP results";
    }

    @Override
    public String getUrlName() {
        return URL;
    }

    public Api getApi() {
        return new Api(this);
    }

    // ---- what the history reads (BuildRecord)

    @Override
    public String label() {
        return owner == null ? "?" : "#" + owner.getNumber();
    }

    @Override
    public int number() {
        return owner == null ? 0 : owner.getNumber();
    }

    @Override
    public boolean building() {
        return owner != null && owner.isBuilding();
    }

    @Override
    public String gateOutcome() {
        return gateOutcome;
    }

    @Override
    public List<RunSummary> summaries() {
        List<RunSummary> summaries = new ArrayList<>(runs.size());
        for (RecordedRun run : runs) {
            RunSummary summary = run.summary();
            if (summary != null) {
                summaries.add(summary);
            }
        }
        return summaries;
    }

    // ---- REST: cheap figures at the build's level, details at the action's own api/json

    /** The gates' outcome: none, note, unstable or failure; null when no gate was evaluated in this build. */
    @Exported(visibility = 2)
    public String getGateOutcome() {
        return gateOutcome;
    }

    @Exported(visibility = 2)
    public String getReferenceBuild() {
        return referenceBuild;
    }

    @Exported(visibility = 2)
    public List<Map<String, Object>> getLeaderboard() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeaderboardRow row : getLeaderboardRows()) {
            rows.add(row.toMap());
        }
        return rows;
    }

    /** Every run with its stages (from its details), metrics, totals and gate results. */
    @Exported
    public List<Map<String, Object>> getRuns() {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (RecordedRun run : runs) {
            maps.add(run.toMap(details(run.getName())));
        }
        return maps;
    }

    // ---- pages

    public List<LeaderboardRow> getLeaderboardRows() {
        return LeaderboardRow.of(summaries());
    }

    public GateTable getGateTable() {
        List<GateRow> rows = new ArrayList<>();
        for (RecordedRun run : runs) {
            rows.addAll(run.getGates());
        }
        return new GateTable(rows);
    }

    /** {@code ramp/run/NAME/}: one run's page, or null (404) for a name this build did not record. */
    public RunPage getRun(String name) {
        RecordedRun run = name == null || RunFolder.nameProblem(name) != null ? null : find(name);
        return run == null || owner == null ? null : new RunPage(this, run, folder(name));
    }

    /** {@code ramp/comparison/reference/} or {@code ramp/comparison/12/}: this build against another. */
    public ComparisonPage getComparison(String build) {
        return ComparisonPage.of(this, build);
    }

    /** Earlier builds with RAMP results (the newest ten), for the comparison links. */
    public List<BuildLink> getEarlierBuilds() {
        return owner == null ? List.of() : BuildLink.earlier(owner, 10);
    }

    /** The build folder of a run (its kept files). */
    BuildFolder folder(String name) {
        return BuildFolder.of(owner.getRootDir(), name);
    }

    /** A run's details (run.json as the build kept it), read now; null when the build has none readable. */
    RunResult details(String name) {
        return owner == null ? null : details(folder(name));
    }

    static RunResult details(BuildFolder folder) {
        try {
            Path file = folder.file(RunFiles.RUN_JSON);
            return file == null ? null : RunResults.readRun(file);
        } catch (Exception e) {
            LOGGER.log(Level.FINE, "run.json in " + folder.root() + " cannot be read", e);
            return null;
        }
    }
}
