package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Node;
import jenkins.model.Jenkins;

/**
 * Where a started run lives, found again from what {@link StartedRuns} kept (node name, workspace path), so that
 * {@code rampRecord} reaches each run on its own node, wherever the recording step itself runs.
 */
final class RunLocation {
    final Node node;
    final FilePath workspace;

    private RunLocation(Node node, FilePath workspace) {
        this.node = node;
        this.workspace = workspace;
    }

    static RunLocation of(StartedRuns.Entry run) throws AbortException {
        Jenkins jenkins = Jenkins.get();
        Node node = jenkins.getNode(run.node);
        if (node == null && "built-in".equals(run.node)) {
            Computer builtIn = jenkins.getComputer("");
            node = builtIn == null ? null : builtIn.getNode();
        }
        if (node == null) {
            throw new AbortException("RAMP run '" + run.name + "' lives on node " + run.node + ", which no longer "
                    + "exists; its results cannot be recorded");
        }
        FilePath workspace = node.createPath(run.workspace);
        if (workspace == null) {
            throw new AbortException("RAMP run '" + run.name + "' lives on node " + run.node + ", which is offline; "
                    + "bring it back online and record again");
        }
        return new RunLocation(node, workspace);
    }
}
