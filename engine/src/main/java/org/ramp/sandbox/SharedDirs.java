package org.ramp.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Host folders that a container's unprivileged user writes into: world-writable, so that the
 * container's uid needs no match on the host and the host can clean up what the container made. (The
 * agent's workspace is not one of them: it is copied into its container, see {@link AgentWorkspace}.)
 */
public final class SharedDirs {
    private SharedDirs() {
    }

    /** Makes a whole tree usable by the container's user: folders world-writable, files world-readable and writable. */
    public static void share(Path root) {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxrwxrwx" : Files.isExecutable(path) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot share " + root, e);
        }
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
