package org.ramp.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * What a tar stream will hold, planned before a byte is written: folders, files (from the host or from
 * memory) and whole host trees. Host trees are walked without following any link: a symbolic link is
 * written as a link entry with its text, never as what it points to; other special files are left out
 * and listed in {@link #skipped()}. Every file counts for its apparent size against the bound, so a
 * sparse file is refused when it would be over it rather than written out densely. The plan fails with
 * {@link ArchiveLimitException} as soon as it goes over its bounds or meets a path too long to hold.
 */
public final class TarPlan {
    private final ArchiveBounds bounds;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private long bytes;
    private int uid;
    private int gid;

    private record Entry(String name, int mode, int uid, int gid, long size, Path source, byte[] content,
            String linkTarget, boolean directory) {
    }

    public TarPlan(ArchiveBounds bounds) {
        this.bounds = bounds;
    }

    /** The owner of the entries added from now on (default root, 0:0). */
    public TarPlan owner(int uid, int gid) {
        this.uid = uid;
        this.gid = gid;
        return this;
    }

    public TarPlan directory(String name, int mode) {
        return add(new Entry(checked(name), mode, uid, gid, 0, null, null, null, true));
    }

    public TarPlan file(String name, int mode, byte[] content) {
        count(name, content.length);
        return add(new Entry(checked(name), mode, uid, gid, content.length, null, content.clone(), null, false));
    }

    public TarPlan file(String name, int mode, String content) {
        return file(name, mode, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A host file, which must be a regular file (a link is refused, not followed). */
    public TarPlan file(String name, int mode, Path source) {
        BasicFileAttributes attributes = attributes(source);
        if (!attributes.isRegularFile()) {
            throw new ArchiveLimitException(source + " is not a regular file; only regular files are copied");
        }
        count(name, attributes.size());
        return add(new Entry(checked(name), mode, uid, gid, attributes.size(), source, null, null, false));
    }

    /**
     * A host tree under {@code prefix}: folders 0755, files 0644 (0755 when the owner may execute them),
     * symbolic links as links. {@code include} sees each path relative to {@code root}; a folder it
     * rejects is left out with everything in it.
     */
    public TarPlan tree(Path root, String prefix, Predicate<Path> include) {
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Path relative = root.relativize(dir);
                            if (!relative.toString().isEmpty() && !include.test(relative)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            directory(join(prefix, relative), 0755);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            Path relative = root.relativize(file);
                            if (!include.test(relative)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String name = join(prefix, relative);
                            if (attrs.isSymbolicLink()) {
                                String target = Files.readSymbolicLink(file).toString();
                                add(new Entry(checked(name), 0777, uid, gid, 0, null, null, target, false));
                            } else if (attrs.isRegularFile()) {
                                count(name, attrs.size());
                                boolean executable = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                                        .contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
                                add(new Entry(checked(name), executable ? 0755 : 0644, uid, gid, attrs.size(), file,
                                        null, null, false));
                            } else {
                                skipped.add(name + ": not a regular file, folder or link (a pipe, socket or device)");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            throw new ArchiveLimitException("cannot read " + file + ": " + e.getMessage());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
        return this;
    }

    /** Entries that were left out, each with why. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** The bytes of file content planned so far (apparent sizes). */
    public long bytes() {
        return bytes;
    }

    public int size() {
        return entries.size();
    }

    /**
     * Writes the tar stream (POSIX long names and sizes). A host file that shrank since it was planned is
     * padded with zeros, one that grew is cut at its planned size: the stream always matches the plan.
     */
    public void writeTo(OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        for (Entry entry : entries) {
            TarArchiveEntry header;
            if (entry.directory()) {
                header = new TarArchiveEntry(entry.name() + "/", TarConstants.LF_DIR);
            } else if (entry.linkTarget() != null) {
                header = new TarArchiveEntry(entry.name(), TarConstants.LF_SYMLINK);
                header.setLinkName(entry.linkTarget());
            } else {
                header = new TarArchiveEntry(entry.name(), TarConstants.LF_NORMAL);
                header.setSize(entry.size());
            }
            // the file type's bits as well as the permissions, as tar writes them
            header.setMode((entry.directory() ? 040000 : entry.linkTarget() != null ? 0120000 : 0100000) | entry.mode());
            header.setIds(entry.uid(), entry.gid());
            header.setModTime(0);
            tar.putArchiveEntry(header);
            if (entry.content() != null) {
                tar.write(entry.content());
            } else if (entry.source() != null) {
                copyExactly(entry.source(), entry.size(), tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
        tar.flush();
    }

    private static void copyExactly(Path source, long size, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = size;
        try (InputStream in = Files.newInputStream(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
        java.util.Arrays.fill(buffer, (byte) 0);
        while (left > 0) {
            int chunk = (int) Math.min(buffer.length, left);
            out.write(buffer, 0, chunk);
            left -= chunk;
        }
    }

    private TarPlan add(Entry entry) {
        if (entries.size() >= bounds.maxEntries()) {
            throw new ArchiveLimitException("more than " + bounds.maxEntries() + " files and folders to copy (at "
                    + entry.name() + ")");
        }
        entries.add(entry);
        return this;
    }

    private void count(String name, long size) {
        if (size > bounds.maxBytes() - bytes) {
            throw new ArchiveLimitException(name + " is " + size + " bytes (its apparent size: sparse files count"
                    + " in full); with the " + bytes + " bytes before it that is over the bound of "
                    + bounds.maxBytes() + " bytes");
        }
        bytes += size;
    }

    private static String join(String prefix, Path relative) {
        String rest = relative.toString();
        return rest.isEmpty() ? prefix : prefix.isEmpty() ? rest : prefix + "/" + rest;
    }

    private static String checked(String name) {
        String problem = EntryNames.problem(name);
        if (problem != null) {
            throw new ArchiveLimitException("cannot copy " + name + ": " + problem);
        }
        return name;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ArchiveLimitException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
