package org.ramp.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace's round trip: a host tree into a container ({@link TarPlan#tree} with an empty prefix and
 * times kept) and back ({@link TarExtractor#extractTree}): links stay links and are never followed, hard
 * links become copies, execute bits and times are kept, sparse files stay sparse, the bound holds.
 */
class TreeArchiveTest {
    @TempDir
    Path dir;

    private static ByteArrayInputStream stream(TarPlan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plan.writeTo(out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void aTreeGoesAndComesBackAsItWas() throws IOException {
        Path source = Files.createDirectories(dir.resolve("source/src"));
        Files.writeString(source.resolve("main.cpp"), "int main() {}");
        Path script = Files.writeString(source.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Files.setLastModifiedTime(source.resolve("main.cpp"), FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
        Files.createSymbolicLink(source.resolve("compile_commands.json"), Path.of("../build/compile_commands.json"));
        TarPlan plan = new TarPlan(ArchiveBounds.of(1 << 20)).owner(1000, 1000).keepTimes()
                .tree(dir.resolve("source"), "", relative -> true);
        Path target = Files.createDirectory(dir.resolve("target"));

        TarExtractor.Result result = TarExtractor.extractTree(stream(plan), target, ArchiveBounds.of(1 << 20));

        assertThat(result.refused()).isEmpty();
        assertThat(result.overBound()).isNull();
        assertThat(target.resolve("src/main.cpp")).hasContent("int main() {}");
        assertThat(Files.getLastModifiedTime(target.resolve("src/main.cpp")).toInstant())
                .isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
        assertThat(Files.isExecutable(target.resolve("src/run.sh"))).isTrue();
        assertThat(Files.isExecutable(target.resolve("src/main.cpp"))).isFalse();
        assertThat(Files.readSymbolicLink(target.resolve("src/compile_commands.json")))
                .isEqualTo(Path.of("../build/compile_commands.json"));
    }

    @Test
    void anEmptyPrefixAddsNoEntryForTheRootButAnyOtherNameIsChecked() throws IOException {
        Files.createDirectories(dir.resolve("tree/a"));
        TarPlan plan = new TarPlan(ArchiveBounds.of(1 << 20)).tree(dir.resolve("tree"), "", relative -> true);
        assertThat(plan.size()).isEqualTo(1);
        assertThatThrownBy(() -> new TarPlan(ArchiveBounds.of(1 << 20)).directory("", 0755))
                .isInstanceOf(ArchiveLimitException.class).hasMessageContaining("empty");
    }

    @Test
    void linksAreKeptAsLinksAndNothingIsEverWrittenThroughOne() throws IOException {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Path target = Files.createDirectory(dir.resolve("target"));
        TarArchives tar = new TarArchives()
                .link("w/out", outside.toString())
                .file("w/out/planted.txt", "through the link")
                .link("w/dangling", dir.resolve("not-there").toString())
                .file("w/dangling", "over the link");
        TarExtractor.Result result = TarExtractor.extractTree(tar.stream(), target, ArchiveBounds.of(1 << 20));

        assertThat(Files.readSymbolicLink(target.resolve("w/out"))).isEqualTo(outside);
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        assertThat(dir.resolve("not-there")).doesNotExist();
        assertThat(result.refused()).hasSize(2).allSatisfy(r -> assertThat(r).contains("exists already"));
    }

    @Test
    void aHardLinkBecomesACopyOfAFileExtractedBeforeAndNothingElse() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        TarArchives tar = new TarArchives()
                .file("w/first.txt", "shared content")
                .hardLink("w/second.txt", "w/first.txt")
                .hardLink("w/passwd", "/etc/passwd")
                .hardLink("w/later", "w/not-yet.txt")
                .file("w/not-yet.txt", "x");
        TarExtractor.Result result = TarExtractor.extractTree(tar.stream(), target, ArchiveBounds.of(1 << 20));

        assertThat(target.resolve("w/second.txt")).hasContent("shared content");
        assertThat(result.bytes()).isEqualTo(2 * "shared content".length() + 1);
        assertThat(target.resolve("w/passwd")).doesNotExist();
        assertThat(target.resolve("w/later")).doesNotExist();
        assertThat(result.refused()).hasSize(2).allSatisfy(r -> assertThat(r).contains("not a file extracted before"));
    }

    @Test
    void blocksOfZerosStayHolesSoASparseFileIsNeverWrittenOutDensely() throws Exception {
        long size = 64L << 20;
        Path target = Files.createDirectory(dir.resolve("target"));
        InputStream tar = new TarArchives().zeros("w/sparse.img", size, "end").stream();
        TarExtractor.Result result = TarExtractor.extractTree(tar, target, ArchiveBounds.of(size));

        Path file = target.resolve("w/sparse.img");
        assertThat(result.bytes()).isEqualTo(size);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(allocatedBytes(file)).as("blocks on disk").isLessThan(64 << 10);
        try (var in = Files.newByteChannel(file)) {
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(3);
            in.position(size - 3).read(tail);
            assertThat(new String(tail.array(), StandardCharsets.UTF_8)).isEqualTo("end");
        }
    }

    @Test
    void anEntryOverTheBoundStopsTheExtractionBeforeAnyOfItsBytesIsRead() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        // an 8 TiB entry whose data never comes: reading it would fail, refusing it does not
        byte[] header = new byte[512];
        TarArchiveEntry huge = new TarArchiveEntry("w/huge.img");
        huge.setSize(8L << 40);
        huge.writeEntryHeader(header, ZipEncodingHelper.getZipEncoding("UTF-8"), true);
        InputStream tar = new SequenceInputStream(new TarArchives().file("w/small.txt", "fine").open(),
                new ByteArrayInputStream(header));
        TarExtractor.Result result = TarExtractor.extractTree(tar, target, ArchiveBounds.of(1 << 20));

        assertThat(result.overBound()).startsWith("w/huge.img: 8796093022208 bytes would go over the bound of 1048576"
                + " bytes (with the 4 bytes before it)");
        assertThat(target.resolve("w/small.txt")).hasContent("fine");
        assertThat(target.resolve("w/huge.img")).doesNotExist();
    }

    private static long allocatedBytes(Path file) throws Exception {
        Process stat = new ProcessBuilder("stat", "-c", "%b %B", file.toString()).start();
        String[] parts = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        stat.waitFor();
        return Long.parseLong(parts[0]) * Long.parseLong(parts[1]);
    }

    /** Tar streams written entry by entry, as a container runtime (or an attacker) could write them. */
    private static final class TarArchives {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // records of one block, so that what was written so far is in the bytes (see open)
        private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, 512);

        TarArchives() {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        TarArchives file(String name, String content) throws IOException {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
            return this;
        }

        /** A file of {@code size} bytes: zeros, then {@code end}. */
        TarArchives zeros(String name, long size, String end) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(size);
            tar.putArchiveEntry(entry);
            byte[] block = new byte[1 << 16];
            byte[] tail = end.getBytes(StandardCharsets.UTF_8);
            for (long left = size - tail.length; left > 0; left -= block.length) {
                tar.write(block, 0, (int) Math.min(block.length, left));
            }
            tar.write(tail);
            tar.closeArchiveEntry();
            return this;
        }

        TarArchives link(String name, String target) throws IOException {
            return special(name, TarConstants.LF_SYMLINK, target);
        }

        TarArchives hardLink(String name, String target) throws IOException {
            return special(name, TarConstants.LF_LINK, target);
        }

        private TarArchives special(String name, byte type, String linkTo) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
            entry.setLinkName(linkTo);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
            return this;
        }

        /** The entries so far, without the archive's end: more may follow. */
        InputStream open() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }

        InputStream stream() throws IOException {
            tar.finish();
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
