package io.jenkins.plugins.ramp.steps;

import hudson.FilePath;
import io.jenkins.plugins.ramp.engine.RunFolder;
import java.io.IOException;
import java.util.UUID;

/**
 * A run belongs to one build. When a build starts a name whose folder a workspace still holds from an earlier build,
 * that folder is moved aside and deleted, so that {@code ramp start} makes a new run instead of finding the old one
 * again (which would show the earlier build's results as this build's).
 */
final class EarlierRuns {
    private EarlierRuns() {
    }

    static void clear(StepNode node, String name) throws IOException, InterruptedException {
        FilePath dir = node.runDir(name);
        if (!dir.exists()) {
            return;
        }
        FilePath stale = node.workspace.child(RunFolder.ROOT).child(".stale").child(name + "-" + UUID.randomUUID());
        stale.getParent().mkdirs();
        node.listener.getLogger().println("RAMP: " + RunFolder.of(name) + " holds a run of an earlier build; it is "
                + "moved aside and deleted (a run belongs to one build)");
        dir.renameTo(stale);
        try {
            stale.deleteRecursive();
        } catch (IOException e) {
            node.listener.getLogger().println("RAMP: could not delete all of " + stale.getRemote() + " (" + e.getMessage()
                    + "); it is not used again");
        }
    }
}
