package io.jenkins.plugins.ramp.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** The result files the engine writes, read only when they are what the engine writes: bounded regular files. */
final class ResultFiles {
    /** A stage result with every case is tens of kilobytes; run.json six times that. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private ResultFiles() {
    }

    static Path regular(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is missing (or not a regular file): the engine wrote no result there");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES + " bytes; not read");
        }
        return file;
    }
}
