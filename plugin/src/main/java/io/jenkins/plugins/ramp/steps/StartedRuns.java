package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.model.Action;
import hudson.model.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The RAMP runs that {@code rampRun} started in this build, kept with the build (invisible): for each, the node and
 * workspace it lives in and the id of its credential (never the secret), so that later steps find the run by name,
 * or without a name where their workspace holds a single run, and get its key again. Kept on the controller, so a
 * node cannot change which credential a run uses.
 */
public final class StartedRuns implements Action {
    /** Concurrent: the build is saved (and this map read) while parallel branches record their runs. */
    private final Map<String, Entry> runs = new ConcurrentHashMap<>();

    /** One run of this build. */
    public static final class Entry {
        public final String name;
        public final String node;
        public final String workspace;
        public final String credentialsId;

        Entry(String name, String node, String workspace, String credentialsId) {
            this.name = name;
            this.node = node;
            this.workspace = workspace;
            this.credentialsId = credentialsId;
        }
    }

    static StartedRuns of(Run<?, ?> run) {
        synchronized (run) {
            StartedRuns runs = run.getAction(StartedRuns.class);
            if (runs == null) {
                runs = new StartedRuns();
                run.addAction(runs);
            }
            return runs;
        }
    }

    /** Records a run; a name is one run per build, so the same name started again must be in the same workspace. */
    Entry record(Run<?, ?> run, String name, String node, String workspace, String credentialsId)
            throws IOException {
        Entry entry = add(name, node, workspace, credentialsId);
        run.save();
        return entry;
    }

    synchronized Entry add(String name, String node, String workspace, String credentialsId) throws AbortException {
        Entry known = runs.get(name);
        if (known != null && !(known.node.equals(node) && known.workspace.equals(workspace))) {
            throw new AbortException("a RAMP run named '" + name + "' was already started in this build in "
                    + known.workspace + " on " + known.node + "; give each run of a build its own name");
        }
        Entry entry = new Entry(name, node, workspace, credentialsId);
        runs.put(name, entry);
        return entry;
    }

    /** The run a later step means: by name, or the single run started in this workspace when no name is given. */
    synchronized Entry find(String name, String node, String workspace) throws AbortException {
        if (name != null) {
            Entry entry = runs.get(name);
            if (entry == null) {
                throw new AbortException("no RAMP run named '" + name + "' was started in this build; call rampRun(name: '"
                        + name + "', ...) first" + known());
            }
            if (!entry.node.equals(node) || !entry.workspace.equals(workspace)) {
                throw new AbortException("RAMP run '" + name + "' lives in " + entry.workspace + " on " + entry.node
                        + ", not in this workspace (" + workspace + " on " + node + "); run its steps in the same node"
                        + " block as its rampRun");
            }
            return entry;
        }
        List<Entry> here = new ArrayList<>();
        for (Entry entry : runs.values()) {
            if (entry.node.equals(node) && entry.workspace.equals(workspace)) {
                here.add(entry);
            }
        }
        if (here.size() == 1) {
            return here.get(0);
        }
        if (here.isEmpty()) {
            throw new AbortException("no RAMP run was started in this workspace; call rampRun(name: ..., ...) first");
        }
        List<String> names = new ArrayList<>();
        for (Entry entry : here) {
            names.add(entry.name);
        }
        names.sort(null);
        throw new AbortException("this workspace holds several RAMP runs " + names + "; name one with run: '"
                + names.get(0) + "'");
    }

    private String known() {
        return runs.isEmpty() ? "" : " (runs of this build: " + new TreeSet<>(runs.keySet()) + ")";
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
