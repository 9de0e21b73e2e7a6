package io.jenkins.plugins.ramp.engine;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Node;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts the engine on a node once: {@code ROOT/ramp/engine-SHA256/} under the node's root path, unpacked into a
 * temporary folder and renamed into place when complete, so that a half-copied engine is never used and two
 * builds that copy at once both end with one good copy.
 */
public final class NodeEngine {
    private static final KeyedLocks COPIES = new KeyedLocks();
    private static final String READY = ".ready";

    private NodeEngine() {
    }

    /** The engine's folder on that node (RAMP_HOME: ramp.jar, tasks/, golden/), copied there if missing. */
    public static FilePath install(Node node, TaskListener listener) throws IOException, InterruptedException {
        FilePath root = node.getRootPath();
        if (root == null) {
            throw new AbortException("node " + node.getNodeName() + " is offline; the RAMP engine cannot be copied there");
        }
        String hash = EngineBundle.sha256();
        FilePath parent = root.child("ramp");
        FilePath home = parent.child("engine-" + hash);
        if (home.child(READY).exists()) {
            return home;
        }
        ReentrantLock lock = COPIES.lock(node.getNodeName() + "/" + hash);
        try {
            if (home.child(READY).exists()) {
                return home;
            }
            listener.getLogger().println("RAMP: copying the engine to " + home.getRemote());
            FilePath partial = parent.child("engine-" + hash + ".partial-" + UUID.randomUUID());
            partial.mkdirs();
            try (InputStream in = EngineBundle.open()) {
                partial.untarFrom(in, FilePath.TarCompression.GZIP);
            }
            partial.child(READY).write(hash + "\n", "UTF-8");
            if (home.exists() && !home.child(READY).exists()) {
                home.deleteRecursive();
            }
            if (home.exists()) {
                partial.deleteRecursive();
            } else {
                partial.renameTo(home);
            }
            return home;
        } finally {
            lock.unlock();
        }
    }

    /** The node's own java executable, as the node's JVM reports its home. */
    public static String java(Launcher launcher) throws IOException, InterruptedException {
        if (!launcher.isUnix()) {
            throw new AbortException("the RAMP engine runs its containers on Linux nodes with Docker; this node is not"
                    + " Unix");
        }
        try {
            return launcher.getChannel().call(new NodeJava()) + "/bin/java";
        } catch (IllegalStateException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
