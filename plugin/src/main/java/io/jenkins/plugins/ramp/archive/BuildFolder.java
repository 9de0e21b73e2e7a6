package io.jenkins.plugins.ramp.archive;

import io.jenkins.plugins.ramp.engine.RunFolder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where a build keeps the files of one run: {@code BUILD_DIR/ramp/NAME/}, with the layout of the run folder
 * ({@link RunFiles}). Written only by the plugin, each file into a temporary name and moved into place when
 * complete; read back only as regular files, never through a link, never beyond the bounds it was copied with.
 */
public final class BuildFolder {
    /** Bytes of a kept file, from an offset (the node's copy, or anything else in tests). */
    @FunctionalInterface
    public interface Source {
        byte[] read(long offset, int length) throws IOException, InterruptedException;
    }

    private final Path root;

    private BuildFolder(Path root) {
        this.root = root;
    }

    /** The folder of run {@code name} in the build folder {@code buildDir}. */
    public static BuildFolder of(File buildDir, String name) {
        return new BuildFolder(buildDir.toPath().resolve(RunFolder.ROOT).resolve(RunFolder.checkName(name)));
    }

    public Path root() {
        return root;
    }

    /** Copies {@code size} bytes from the source into the kept file {@code relative}, replacing an earlier copy. */
    public void write(String relative, long size, Source source) throws IOException, InterruptedException {
        if (!RunFiles.kept(relative)) {
            throw new IOException(relative + " is not a file a build keeps");
        }
        if (size > RunFiles.limit(relative)) {
            throw new IOException(relative + " has " + size + " bytes, more than a build keeps");
        }
        Path file = root.resolve(relative);
        createFolders(file.getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                long done = 0;
                while (done < size) {
                    byte[] chunk = source.read(done, (int) Math.min(RunFiles.CHUNK, size - done));
                    if (chunk.length == 0) {
                        break; // the file became shorter: keep what it had
                    }
                    int take = (int) Math.min(chunk.length, size - done);
                    out.write(chunk, 0, take);
                    done += take;
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A kept file, when it is there as a regular file within its bound; otherwise null. */
    public Path file(String relative) throws IOException {
        if (!RunFiles.kept(relative)) {
            return null;
        }
        Path file = root.resolve(relative);
        if (Files.isSymbolicLink(root.getParent()) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Folders.checkNoLinkBelow(root, file);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > RunFiles.limit(relative)) {
            return null;
        }
        return file;
    }

    /** The stages whose transcript the build kept, in order. */
    public List<String> transcriptStages() throws IOException {
        List<String> stages = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            if (file(RunFiles.transcript("T" + i)) != null) {
                stages.add("T" + i);
            }
        }
        return stages;
    }

    private void createFolders(Path folder) throws IOException {
        Path base = root.getParent().getParent(); // the build folder itself
        Path relative = base.relativize(folder);
        Path at = base;
        for (Path part : relative) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new IOException(at + " is a link; the build's RAMP files are not written through it");
            }
            if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(at);
            }
        }
    }
}
