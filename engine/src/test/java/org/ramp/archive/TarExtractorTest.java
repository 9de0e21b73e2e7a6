package org.ramp.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives shaped by a hostile container: only folders and regular files land, inside the target. */
class TarExtractorTest {
    @TempDir
    Path dir;

    /** A tar stream written entry by entry, as any tool (or attacker) could write it. */
    private static final class Hostile {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

        Hostile() {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        }

        Hostile file(String name, String content) throws IOException {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
            return this;
        }

        Hostile special(String name, byte type, String linkTo) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
            if (linkTo != null) {
                entry.setLinkName(linkTo);
            }
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
            return this;
        }

        ByteArrayInputStream stream() throws IOException {
            tar.finish();
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    @Test
    void acceptsFoldersAndRegularFilesOnly() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        Hostile tar = new Hostile()
                .special("out/", TarConstants.LF_DIR, null)
                .file("out/ok.txt", "fine")
                .special("out/golden", TarConstants.LF_SYMLINK, "/work/golden/programs/p")
                .file("out/golden/ast.json", "through the link")
                .special("out/hard", TarConstants.LF_LINK, "/etc/passwd")
                .special("out/dev", TarConstants.LF_CHR, null)
                .special("out/fifo", TarConstants.LF_FIFO, null);
        TarExtractor.Result result = TarExtractor.extract(tar.stream(), target, ArchiveBounds.of(1 << 20));

        assertThat(Files.readString(target.resolve("out/ok.txt"))).isEqualTo("fine");
        // the link was refused, so "golden" is a folder this extraction made, not a way out
        assertThat(Files.isSymbolicLink(target.resolve("out/golden"))).isFalse();
        assertThat(Files.isDirectory(target.resolve("out/golden"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(target.resolve("out/hard")).doesNotExist();
        assertThat(target.resolve("out/dev")).doesNotExist();
        assertThat(target.resolve("out/fifo")).doesNotExist();
        assertThat(result.refused()).hasSize(4)
                .anySatisfy(r -> assertThat(r).startsWith("out/golden: a symbolic link"))
                .anySatisfy(r -> assertThat(r).startsWith("out/hard: a hard link"))
                .anySatisfy(r -> assertThat(r).startsWith("out/dev: a device"))
                .anySatisfy(r -> assertThat(r).startsWith("out/fifo: a device, pipe"));
        assertThat(result.files()).hasSize(2);
    }

    @Test
    void refusesEveryPathThatCouldLeaveTheTarget() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        Hostile tar = new Hostile().file("../escaped.txt", "x").file("/tmp/absolute.txt", "x")
                .file("a/../../b.txt", "x").file("a/./c.txt", "x").file("a//d.txt", "x")
                .file("x".repeat(300) + "/long.txt", "x");
        TarExtractor.Result result = TarExtractor.extract(tar.stream(), target, ArchiveBounds.of(1 << 20));

        assertThat(result.files()).isEmpty();
        assertThat(result.refused()).hasSize(6);
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(dir.resolve("b.txt")).doesNotExist();
        try (var left = Files.list(target)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aLinkPlantedBeforeExtractionIsNeverWrittenThrough() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.createSymbolicLink(target.resolve("out"), outside);
        Files.writeString(outside.resolve("f.txt"), "original");
        Hostile tar = new Hostile().file("out/f.txt", "overwritten").file("out/new.txt", "new");
        TarExtractor.Result result = TarExtractor.extract(tar.stream(), target, ArchiveBounds.of(1 << 20));

        assertThat(Files.readString(outside.resolve("f.txt"))).isEqualTo("original");
        assertThat(outside.resolve("new.txt")).doesNotExist();
        assertThat(result.files()).isEmpty();
        assertThat(result.refused()).hasSize(2);
    }

    @Test
    void stopsAtItsByteBoundAndRefusesDuplicates() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        Hostile tar = new Hostile().file("a.txt", "12345").file("a.txt", "again").file("b.txt", "1234567890")
                .file("c.txt", "1");
        TarExtractor.Result result = TarExtractor.extract(tar.stream(), target, ArchiveBounds.of(12));

        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("12345");
        assertThat(target.resolve("b.txt")).doesNotExist();
        assertThat(target.resolve("c.txt")).doesNotExist();
        assertThat(result.refused()).hasSize(2);
        assertThat(result.refused().get(0)).startsWith("a.txt: it exists already");
        assertThat(result.refused().get(1)).contains("over the bound of 12 bytes");
    }

    @Test
    void refusalsAreBoundedWhateverTheArchiveHolds() throws IOException {
        Path target = Files.createDirectory(dir.resolve("target"));
        Hostile tar = new Hostile();
        for (int i = 0; i < 500; i++) {
            tar.special("link" + i, TarConstants.LF_SYMLINK, "/");
        }
        TarExtractor.Result result = TarExtractor.extract(tar.stream(), target, ArchiveBounds.of(1 << 20));
        assertThat(result.refused()).hasSize(51);
        assertThat(result.refused().get(50)).isEqualTo("and 450 more refused entries");
    }
}
