package org.ramp.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Copying and deleting folder trees. */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Copies {@code source} into {@code target} (created if needed), replacing files that exist. Symbolic
     * links are copied as links, never followed: a link an agent made must not pull host files in.
     */
    public static void copy(Path source, Path target) {
        copy(source, target, path -> true);
    }

    /** As {@link #copy(Path, Path)}, for the paths (relative to {@code source}) the filter accepts. */
    public static void copy(Path source, Path target, java.util.function.Predicate<Path> include) {
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!include.test(source.relativize(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (include.test(source.relativize(file))) {
                        Files.copy(file, target.resolve(source.relativize(file).toString()),
                                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                                LinkOption.NOFOLLOW_LINKS);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /** A new empty folder under the system's temporary folder. */
    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static final java.util.concurrent.ExecutorService DELETER = java.util.concurrent.Executors
            .newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "ramp-delete");
                thread.setDaemon(true);
                return thread;
            });


    /**
     * Deletes a tree off the caller's path: it is renamed at once (so its name is free again) and deleted
     * by a background thread. {@link #awaitDeletions()} waits for every such deletion.
     */
    public static void deleteLater(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        Path trash = root.resolveSibling("." + root.getFileName() + ".deleting-" + System.nanoTime());
        try {
            Files.move(root, trash);
        } catch (IOException e) {
            delete(root);
            return;
        }
        DELETER.execute(() -> {
            try {
                delete(trash);
            } catch (UncheckedIOException e) {
                System.err.println("ramp: warning: " + e.getMessage());
            }
        });
    }

    /** Waits until every tree given to {@link #deleteLater} is gone. */
    public static void awaitDeletions() {
        try {
            DELETER.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Deletes a tree; a missing tree is fine. Every step is relative to an open folder (openat, unlinkat),
     * so that no path length limit applies (an agent can make paths longer than PATH_MAX) and no link is
     * followed (a link is removed, not what it points to).
     */
    public static void delete(Path root) {
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException e) {
                return;
            }
            if (attributes.isDirectory()) {
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
                    if (!(stream instanceof SecureDirectoryStream<Path> secure)) {
                        throw new IOException("this platform cannot delete a folder tree relative to its folders");
                    }
                    empty(secure);
                }
            }
            Files.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private static void empty(SecureDirectoryStream<Path> folder) throws IOException {
        List<Path> names = new ArrayList<>();
        for (Path entry : folder) {
            names.add(entry.getFileName());
        }
        for (Path name : names) {
            BasicFileAttributes attributes = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (attributes.isDirectory()) {
                try (SecureDirectoryStream<Path> child = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    empty(child);
                }
                folder.deleteDirectory(name);
            } else {
                folder.deleteFile(name);
            }
        }
    }
}
