package org.ramp.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host trees into tar streams: no link followed, bounds kept before a byte is written. */
class TarPlanTest {
    @TempDir
    Path dir;

    @Test
    void writesATreeWithItsLinksAsLinksAndLeavesOutWhatTheFilterRejects() throws Exception {
        Path root = Files.createDirectory(dir.resolve("workspace"));
        Files.writeString(root.resolve("a.txt"), "a");
        Files.createDirectories(root.resolve("src/deep"));
        Files.writeString(root.resolve("src/deep/b.cpp"), "int main(){}");
        Path tool = Files.writeString(root.resolve("run.sh"), "#!/bin/sh\n");
        tool.toFile().setExecutable(true, true);
        Files.createDirectories(root.resolve("build"));
        Files.writeString(root.resolve("build/skipped.o"), "object");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "host secret");
        Files.createSymbolicLink(root.resolve("escape"), secret);
        Files.createSymbolicLink(root.resolve("escape-dir"), dir);
        new ProcessBuilder("mkfifo", root.resolve("pipe").toString()).start().waitFor();

        TarPlan plan = new TarPlan(ArchiveBounds.of(1 << 20))
                .tree(root, "ramp/work", relative -> !relative.toString().equals("build"));
        List<String> listing = list(plan);

        assertThat(listing).contains("ramp/work/ d755", "ramp/work/a.txt f644 1", "ramp/work/src/deep/b.cpp f644 12",
                "ramp/work/run.sh f755 10", "ramp/work/escape l->" + secret, "ramp/work/escape-dir l->" + dir);
        assertThat(String.join("\n", listing)).doesNotContain("build").doesNotContain("host secret");
        assertThat(plan.skipped()).containsExactly("ramp/work/pipe: not a regular file, folder or link (a pipe,"
                + " socket or device)");
    }

    @Test
    void aSparseFileOverTheBoundIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path root = Files.createDirectory(dir.resolve("workspace"));
        Path sparse = root.resolve("huge.bin");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        assertThatThrownBy(() -> new TarPlan(ArchiveBounds.of(1L << 30)).tree(root, "w", p -> true))
                .isInstanceOf(ArchiveLimitException.class)
                .hasMessageContaining("w/huge.bin is 3221225472 bytes (its apparent size: sparse files count in full)")
                .hasMessageContaining("over the bound of 1073741824 bytes");
    }

    @Test
    void refusesALinkGivenAsAFileAndPathsNoSystemHolds() throws IOException {
        Path target = Files.writeString(dir.resolve("t.txt"), "t");
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        assertThatThrownBy(() -> new TarPlan(ArchiveBounds.of(100)).file("in/x", 0600, link))
                .isInstanceOf(ArchiveLimitException.class).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> new TarPlan(ArchiveBounds.of(100)).file("in/../x", 0600, target))
                .isInstanceOf(ArchiveLimitException.class).hasMessageContaining("\"..\" component");
        assertThatThrownBy(() -> new TarPlan(ArchiveBounds.of(100)).directory("a/" + "b".repeat(256), 0700))
                .isInstanceOf(ArchiveLimitException.class).hasMessageContaining("over 255");
        assertThatThrownBy(() -> new TarPlan(new ArchiveBounds(100, 2)).directory("a", 0700).directory("b", 0700)
                .directory("c", 0700)).isInstanceOf(ArchiveLimitException.class).hasMessageContaining("more than 2");
    }

    @Test
    void roundTripsThroughTheExtractorWithOwnersAndModes() throws IOException {
        Path source = Files.writeString(dir.resolve("input.txt"), "42\n");
        TarPlan plan = new TarPlan(ArchiveBounds.of(1 << 20)).owner(0, 0).directory("in", 0711)
                .file("in/input.txt", 0600, source).owner(7, 8).file("in/note", 0644, "note");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plan.writeTo(out);
        List<String> headers = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                headers.add(entry.getName() + " " + Integer.toOctalString(entry.getMode()) + " " + entry.getLongUserId()
                        + ":" + entry.getLongGroupId());
            }
        }
        assertThat(headers).containsExactly("in/ 40711 0:0", "in/input.txt 100600 0:0", "in/note 100644 7:8");
        Path target = Files.createDirectory(dir.resolve("target"));
        TarExtractor.Result result = TarExtractor.extract(new ByteArrayInputStream(out.toByteArray()), target,
                ArchiveBounds.of(1 << 20));
        assertThat(result.refused()).isEmpty();
        assertThat(Files.readString(target.resolve("in/input.txt"))).isEqualTo("42\n");
        assertThat(plan.bytes()).isEqualTo(7);
    }

    private static List<String> list(TarPlan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plan.writeTo(out);
        List<String> listing = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String mode = Integer.toOctalString(entry.getMode() & 0777);
                listing.add(entry.getName() + " " + (entry.isSymbolicLink() ? "l->" + entry.getLinkName()
                        : entry.isDirectory() ? "d" + mode : "f" + mode + " " + entry.getSize()));
            }
        }
        return listing;
    }
}
