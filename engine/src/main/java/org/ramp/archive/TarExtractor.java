package org.ramp.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Extracts a tar stream that untrusted code may have shaped into a host folder, safely: only folders and
 * regular files are created; links, devices, pipes and sparse entries are refused; every path component
 * is checked (no absolute path, no "." or "..", bounded lengths) and every folder on the way must be one
 * this extraction made, never a link; files are created new, never opened through a link or over an
 * existing file. At most the bounds are read: once over them, the rest of the stream is refused.
 * Extracting a tree ({@link #extractTree}) also keeps what a workspace is made of beyond regular files.
 */
public final class TarExtractor {
    private static final int MAX_NOTES = 50;

    private TarExtractor() {
    }

    /**
     * What an extraction accepted and refused.
     *
     * @param files   the regular files written, as paths inside the target folder
     * @param refused each refused entry with why ("a/b: a symbolic link"), at most 50, then a count
     * @param overBound when the byte or entry bound stopped the extraction, the refusal that says where;
     *                  else null
     */
    public record Result(List<Path> files, List<String> refused, long bytes, String overBound) {
        public Result {
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }

        public Result(List<Path> files, List<String> refused, long bytes) {
            this(files, refused, bytes, null);
        }
    }

    /** Extracts into {@code target}, an existing folder; what it held before stays untouched. */
    public static Result extract(InputStream stream, Path target, ArchiveBounds bounds) throws IOException {
        return extract(stream, target, bounds, false);
    }

    /**
     * As {@link #extract}, keeping a tree as it was made (an agent's workspace): symbolic links are made
     * as links with their text, never followed (nothing is created through one); a hard link becomes a
     * copy of the file it names, which this extraction wrote, counted against the bound; a file the
     * owner could execute stays executable (0755, others 0644); files keep their modification times, and
     * blocks of zeros are left as holes, so that a sparse file is never written out densely.
     */
    public static Result extractTree(InputStream stream, Path target, ArchiveBounds bounds) throws IOException {
        return extract(stream, target, bounds, true);
    }

    private static Result extract(InputStream stream, Path target, ArchiveBounds bounds, boolean tree)
            throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is not a folder");
        }
        List<Path> files = new ArrayList<>();
        java.util.Set<Path> written = new java.util.HashSet<>();
        Notes refused = new Notes();
        long bytes = 0;
        int entries = 0;
        String overBound = null;
        TarArchiveInputStream tar = new TarArchiveInputStream(stream, StandardCharsets.UTF_8.name());
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            String name = entry.getName();
            if (++entries > bounds.maxEntries()) {
                overBound = "the archive has more than " + bounds.maxEntries() + " entries; the rest is refused";
                refused.add(overBound);
                break;
            }
            String problem = EntryNames.problem(name);
            Path linked = null;
            if (problem == null && tree && entry.isLink()) {
                linked = linkedFile(target, entry.getLinkName(), written);
                problem = linked == null ? "a hard link to " + entry.getLinkName() + ", not a file extracted before it"
                        : null;
            } else if (problem == null && tree && entry.isSymbolicLink()) {
                problem = linkTextProblem(entry.getLinkName());
            } else if (problem == null) {
                problem = typeProblem(entry);
            }
            long size = linked != null ? Files.size(linked) : entry.isSymbolicLink() ? 0 : entry.getSize();
            if (problem == null && entry.getLinkFlag() != TarConstants.LF_DIR && size > bounds.maxBytes() - bytes) {
                overBound = name + ": " + size + " bytes would go over the bound of " + bounds.maxBytes()
                        + " bytes (with the " + bytes + " bytes before it); the rest of the archive is refused";
                refused.add(overBound);
                break;
            }
            if (problem != null) {
                refused.add(name + ": " + problem);
                continue;
            }
            Path path = target;
            for (String component : name.split("/")) {
                path = path.resolve(component);
            }
            try {
                if (entry.getLinkFlag() == TarConstants.LF_DIR) {
                    directories(target, path);
                } else if (entry.isSymbolicLink()) {
                    directories(target, path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    directories(target, path.getParent());
                    if (linked != null) {
                        Files.copy(linked, path, LinkOption.NOFOLLOW_LINKS);
                        bytes += size;
                    } else {
                        bytes += tree ? writeSparse(tar, path, entry.getSize()) : write(tar, path, entry.getSize());
                    }
                    files.add(path);
                    written.add(path);
                    if (tree && ((linked != null ? executable(linked) : (entry.getMode() & 0100) != 0))) {
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                    if (tree) {
                        // build tools compare the times of sources and outputs
                        Files.setLastModifiedTime(path, linked != null ? Files.getLastModifiedTime(linked)
                                : java.nio.file.attribute.FileTime.from(entry.getLastModifiedDate().toInstant()));
                    }
                }
            } catch (FileAlreadyExistsException e) {
                refused.add(name + ": it exists already (a duplicate entry, or a file where a folder should be)");
            } catch (FileSystemException e) {
                // a name the host cannot hold (too long with the target's own path), or the like
                refused.add(name + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
            }
        }
        return new Result(files, refused.list(), bytes, overBound);
    }

    /** The file a hard link entry names, when this extraction wrote it; else null. */
    private static Path linkedFile(Path target, String linkName, java.util.Set<Path> written) {
        if (linkName == null || EntryNames.problem(linkName) != null) {
            return null;
        }
        Path path = target;
        for (String component : linkName.split("/")) {
            path = path.resolve(component);
        }
        return written.contains(path) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? path : null;
    }

    /** Why a symbolic link's text cannot be kept, or null; any text is kept as it is, never resolved. */
    private static String linkTextProblem(String text) {
        if (text == null || text.isEmpty()) {
            return "a symbolic link without a target";
        }
        if (text.length() > 4095 || text.indexOf('\0') >= 0) {
            return "a symbolic link whose target is over 4095 characters or holds a NUL character";
        }
        return null;
    }

    private static boolean executable(Path file) throws IOException {
        return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }

    private static String typeProblem(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        if (flag == TarConstants.LF_DIR) {
            return entry.getName().endsWith("/") ? null : "a folder entry without a trailing \"/\"";
        }
        if (entry.isSymbolicLink()) {
            return "a symbolic link (to " + entry.getLinkName() + "); only regular files are accepted";
        }
        if (entry.isLink()) {
            return "a hard link (to " + entry.getLinkName() + "); only regular files are accepted";
        }
        if (entry.isSparse()) {
            return "a sparse file; only regular files are accepted";
        }
        if ((flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM) && !entry.getName().endsWith("/")) {
            return null;
        }
        return "a device, pipe or other special entry (type '" + (char) flag + "'); only regular files are accepted";
    }

    /** Creates the folders from {@code root} down to {@code dir}, each new or a real folder made before. */
    private static void directories(Path root, Path dir) throws IOException {
        Path relative = root.relativize(dir);
        Path current = root;
        for (Path component : relative) {
            if (component.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(component);
            if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.createDirectory(current);
        }
    }

    private static long write(InputStream tar, Path path, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int read = tar.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("the archive ends inside " + path.getFileName());
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
        return size;
    }

    /**
     * As {@link #write}, leaving a hole wherever a block holds only zeros: a sparse file stays sparse (a tar
     * stream carries its holes as zeros), and no file takes more disk than its content needs.
     */
    private static long writeSparse(InputStream tar, Path path, long size) throws IOException {
        int block = 4096;
        try (FileChannel out = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            long position = 0;
            while (position < size) {
                int read = tar.readNBytes(buffer, 0, (int) Math.min(buffer.length, size - position));
                if (read <= 0) {
                    throw new IOException("the archive ends inside " + path.getFileName());
                }
                for (int start = 0; start < read; start += block) {
                    int length = Math.min(block, read - start);
                    if (!zeros(buffer, start, length)) {
                        ByteBuffer data = ByteBuffer.wrap(buffer, start, length);
                        while (data.hasRemaining()) {
                            out.write(data, position + start + (length - data.remaining()));
                        }
                    }
                }
                position += read;
            }
            if (out.size() < size) {
                // a hole at the end: the file still has its whole length
                out.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        }
        return size;
    }

    private static boolean zeros(byte[] buffer, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Refusals, bounded so that a hostile archive cannot make the report huge. */
    private static final class Notes {
        private final List<String> notes = new ArrayList<>();
        private int more;

        void add(String note) {
            if (notes.size() < MAX_NOTES) {
                notes.add(note.length() > 300 ? note.substring(0, 300) + "..." : note);
            } else {
                more++;
            }
        }

        List<String> list() {
            List<String> all = new ArrayList<>(notes);
            if (more > 0) {
                all.add("and " + more + " more refused entries");
            }
            return all;
        }
    }
}
