package org.ramp.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
     */
    public record Result(List<Path> files, List<String> refused, long bytes) {
        public Result {
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }
    }

    /** Extracts into {@code target}, an existing folder; what it held before stays untouched. */
    public static Result extract(InputStream stream, Path target, ArchiveBounds bounds) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is not a folder");
        }
        List<Path> files = new ArrayList<>();
        Notes refused = new Notes();
        long bytes = 0;
        int entries = 0;
        TarArchiveInputStream tar = new TarArchiveInputStream(stream, StandardCharsets.UTF_8.name());
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            String name = entry.getName();
            if (++entries > bounds.maxEntries()) {
                refused.add("the archive has more than " + bounds.maxEntries() + " entries; the rest is refused");
                break;
            }
            String problem = EntryNames.problem(name);
            if (problem == null) {
                problem = typeProblem(entry);
            }
            if (problem == null && entry.getLinkFlag() != TarConstants.LF_DIR && entry.getSize() > bounds.maxBytes() - bytes) {
                refused.add(name + ": " + entry.getSize() + " bytes would go over the bound of " + bounds.maxBytes()
                        + " bytes; the rest of the archive is refused");
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
                } else {
                    directories(target, path.getParent());
                    bytes += write(tar, path, entry.getSize());
                    files.add(path);
                }
            } catch (FileAlreadyExistsException e) {
                refused.add(name + ": it exists already (a duplicate entry, or a file where a folder should be)");
            }
        }
        return new Result(files, refused.list(), bytes);
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
