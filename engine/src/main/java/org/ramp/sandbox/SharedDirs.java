package org.ramp.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Host folders that a container's unprivileged user writes into: world-writable, so that the
 * container's uid needs no match on the host and the host can clean up what the container made.
 */
public final class SharedDirs {
    private SharedDirs() {
    }

    public static Path create(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
