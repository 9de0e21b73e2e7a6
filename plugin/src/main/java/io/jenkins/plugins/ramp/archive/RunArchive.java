package io.jenkins.plugins.ramp.archive;

import hudson.FilePath;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the kept files of a run folder on a node into the build's folder on the controller, in bounded chunks
 * read on the node without following links ({@link ListRunFiles}, {@link ReadChunk}).
 */
public final class RunArchive {
    private RunArchive() {
    }

    /** What was copied (paths relative to the run folder) and what was left out, in words. */
    public static final class Copied {
        public final List<String> files;
        public final List<String> notes;

        Copied(List<String> files, List<String> notes) {
            this.files = List.copyOf(files);
            this.notes = List.copyOf(notes);
        }
    }

    public static Copied copy(FilePath runDir, File buildDir, String name) throws IOException, InterruptedException {
        RunFile.Listing listing = runDir.act(new ListRunFiles());
        BuildFolder folder = BuildFolder.of(buildDir, name);
        List<String> copied = new ArrayList<>();
        List<String> notes = new ArrayList<>(listing.notes);
        for (RunFile file : listing.files) {
            try {
                folder.write(file.relative, file.size,
                        (offset, length) -> runDir.act(new ReadChunk(file.relative, offset, length)));
                copied.add(file.relative);
            } catch (IOException e) {
                notes.add(file.relative + " not kept: " + e.getMessage());
            }
        }
        return new Copied(copied, notes);
    }
}
