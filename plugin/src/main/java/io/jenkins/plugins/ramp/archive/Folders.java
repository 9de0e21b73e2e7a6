package io.jenkins.plugins.ramp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Checks on folders that are read or written without following links. */
final class Folders {
    private Folders() {
    }

    /** A folder that is really one (not a link to one), or an exception naming it. */
    static void checkRealFolder(Path folder, String what) throws IOException {
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(what + " " + folder + " is missing or not a folder (a link is not followed)");
        }
    }

    /** The folders from {@code root} (excluded) down to {@code file}'s parent: none may be a link. */
    static void checkNoLinkBelow(Path root, Path file) throws IOException {
        Path relative = root.relativize(file.getParent());
        Path at = root;
        for (Path part : relative) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new IOException(at + " is a link; not followed");
            }
        }
    }
}
