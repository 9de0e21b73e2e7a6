package org.ramp.toolchain.debian;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A .deb file: an ar archive of {@code debian-binary}, {@code control.tar.*} and {@code data.tar.*}.
 * Gives the files the package installs (its data.tar), compressed with xz (what bookworm uses),
 * gzip, bzip2 or not at all; zstd, which Debian's archive does not use, is refused by name.
 */
public final class DebFile {
    private DebFile() {
    }

    /** Called with each entry of the data.tar and the stream positioned at its content. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(TarArchiveEntry entry, InputStream content) throws IOException;
    }

    /** The name of the data member ({@code data.tar.xz}): which compression the package uses. */
    public static String dataMember(Path deb) throws IOException {
        try (ArArchiveInputStream ar = open(deb)) {
            return findData(ar, deb).getName();
        }
    }

    /** Reads every entry of the package's data.tar, in order. */
    public static void readData(Path deb, EntryVisitor visitor) throws IOException {
        try (ArArchiveInputStream ar = open(deb)) {
            ArArchiveEntry data = findData(ar, deb);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(decompress(data.getName(), ar, deb))) {
                for (TarArchiveEntry entry; (entry = tar.getNextTarEntry()) != null; ) {
                    visitor.visit(entry, tar);
                }
            }
        }
    }

    private static ArArchiveInputStream open(Path deb) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(deb), 1 << 16);
        byte[] magic = in.readNBytes(8);
        if (!new String(magic, java.nio.charset.StandardCharsets.US_ASCII).equals("!<arch>\n")) {
            in.close();
            throw new IOException(deb.getFileName() + " is not a .deb (no ar header)");
        }
        return new ArArchiveInputStream(new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(magic), in));
    }

    private static ArArchiveEntry findData(ArArchiveInputStream ar, Path deb) throws IOException {
        boolean first = true;
        for (ArArchiveEntry entry; (entry = ar.getNextArEntry()) != null; first = false) {
            String name = entry.getName();
            if (first && !name.equals("debian-binary")) {
                throw new IOException(deb.getFileName() + " is not a .deb (first member " + name
                        + ", not debian-binary)");
            }
            if (name.startsWith("data.tar")) {
                return entry;
            }
        }
        throw new IOException(deb.getFileName() + " has no data.tar member");
    }

    private static InputStream decompress(String member, InputStream in, Path deb) throws IOException {
        // the tar reader must not close the ar stream under it
        InputStream body = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
        return switch (member) {
            case "data.tar.xz" -> new XZInputStream(body);
            case "data.tar.gz" -> new GZIPInputStream(body, 1 << 16);
            case "data.tar.bz2" -> new BZip2CompressorInputStream(body);
            case "data.tar" -> body;
            default -> throw new IOException(deb.getFileName() + " has " + member
                    + ", a compression the engine does not read (xz, gzip, bzip2 or none)");
        };
    }
}
