package org.ramp.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writing into a folder tree someone untrusted could shape (the agent's workspace): whatever stands in
 * the way of a path (a symbolic link, a file where a folder belongs, a folder where a file belongs) is
 * removed, never followed, so that a link the agent made cannot send a write of the host outside the
 * tree. Nobody else may write in the tree meanwhile (the agent's container is not running).
 */
public final class UntrustedTree {
    private final Path root;
    private final java.util.List<Path> made = new java.util.ArrayList<>();

    /**
     * @throws UncheckedIOException when the root itself is a link or not a folder: a caller's mistake or
     *                              an attack on the run folder, never something to repair silently
     */
    public UntrustedTree(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new UncheckedIOException(new IOException(root + " is not a folder (or is a symbolic link)"));
        }
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Every folder this tree created and every file it wrote, in order. */
    public java.util.List<Path> made() {
        return java.util.List.copyOf(made);
    }

    /** Writes a file at {@code relative}, replacing whatever was there. */
    public void write(String relative, byte[] content) {
        writeAt(resolve(relative), content);
    }

    private void writeAt(Path target, byte[] content) {
        folder(target.getParent());
        try {
            clear(target);
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            made.add(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Copies a trusted tree's files over this one, at {@code relative} ("" for the root). */
    public void copyFrom(Path source, String relative) {
        Path base = resolve(relative);
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    folder(base.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        writeAt(base.resolve(source.relativize(file).toString()), Files.readAllBytes(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " into " + base, e);
        }
    }

    /** Makes every component from the root to {@code folder} a real folder, removing what is in the way. */
    private void folder(Path folder) {
        Path current = root;
        for (Path name : root.relativize(folder)) {
            current = current.resolve(name.toString());
            try {
                if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    clear(current);
                    Files.createDirectory(current);
                    made.add(current);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make " + current + " a folder", e);
            }
        }
    }

    /** Removes a link, a file or a whole folder at {@code path}; following nothing. */
    private static void clear(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.delete(path);
        } else {
            Files.deleteIfExists(path);
        }
    }

    private Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException(relative + " is outside " + root);
        }
        return target;
    }
}
