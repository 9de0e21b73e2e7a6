package hudson.model;

import hudson.FilePath;
import hudson.Launcher;

public abstract class Node {
    public Node() {
    }

    public abstract String getNodeName();

    public abstract Launcher createLauncher(TaskListener listener);

    public abstract FilePath getRootPath();

    public FilePath createPath(String absolutePath) {
        throw new UnsupportedOperationException("compile-only API");
    }
}
