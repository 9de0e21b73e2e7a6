package io.jenkins.plugins.ramp.archive;

import java.io.Serializable;
import java.util.List;

/** What the node found in a run folder: the files to copy (path relative to the folder, size) and what it left out. */
public final class RunFile implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String relative;
    public final long size;

    RunFile(String relative, long size) {
        this.relative = relative;
        this.size = size;
    }

    /** The node's answer: the files, and a sentence for each one left out. */
    public static final class Listing implements Serializable {
        private static final long serialVersionUID = 1L;

        public final List<RunFile> files;
        public final List<String> notes;

        Listing(List<RunFile> files, List<String> notes) {
            this.files = List.copyOf(files);
            this.notes = List.copyOf(notes);
        }
    }
}
