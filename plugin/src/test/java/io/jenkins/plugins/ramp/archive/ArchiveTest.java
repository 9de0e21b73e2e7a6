package io.jenkins.plugins.ramp.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build keeps of a run folder, copied as rampRecord copies it (the node's listing, chunks read on the node,
 * written into the build's folder): only run.json, junit.xml, report.html and transcripts/Tn.jsonl, regular files
 * within their bounds, never through a link, never the workspace or anything else the agent shaped.
 */
class ArchiveTest {
    @TempDir
    Path tmp;
    Path runDir;
    Path buildDir;

    @BeforeEach
    void runFolder() throws IOException {
        runDir = Files.createDirectories(tmp.resolve("ws/ramp/gpt-4o"));
        buildDir = Files.createDirectories(tmp.resolve("builds/7"));
        Files.writeString(runDir.resolve("run.json"), "{\"schema\": \"ramp-run/1\"}");
        Files.writeString(runDir.resolve("junit.xml"), "<testsuites/>");
        Files.writeString(runDir.resolve("report.html"), "<html>report</html>");
        Files.createDirectories(runDir.resolve("transcripts"));
        Files.writeString(runDir.resolve("transcripts/T0.jsonl"), "{}\n");
        Files.writeString(runDir.resolve("transcripts/notes.txt"), "not a transcript");
        Files.createDirectories(runDir.resolve("workspace"));
        Files.writeString(runDir.resolve("workspace/secret.txt"), "the agent's");
        Files.createDirectories(runDir.resolve("agent"));
        Files.writeString(runDir.resolve("agent/conversation.json"), "[]");
    }

    /** rampRecord's copy, without remoting: the callables invoked on the folder as the node would. */
    RunArchiveResult copy() throws Exception {
        RunFile.Listing listing = new ListRunFiles().invoke(runDir.toFile(), null);
        BuildFolder folder = BuildFolder.of(buildDir.toFile(), "gpt-4o");
        for (RunFile file : listing.files) {
            folder.write(file.relative, file.size,
                    (offset, length) -> new ReadChunk(file.relative, offset, length).invoke(runDir.toFile(), null));
        }
        return new RunArchiveResult(listing, folder);
    }

    record RunArchiveResult(RunFile.Listing listing, BuildFolder folder) {
    }

    @Test
    void onlyTheKeptFilesAreCopied() throws Exception {
        RunArchiveResult result = copy();
        assertThat(result.listing().files).extracting(f -> f.relative)
                .containsExactly("run.json", "junit.xml", "report.html", "transcripts/T0.jsonl");
        Path kept = buildDir.resolve("ramp/gpt-4o");
        assertThat(kept.resolve("report.html")).hasContent("<html>report</html>");
        assertThat(kept.resolve("transcripts/T0.jsonl")).hasContent("{}");
        try (var all = Files.walk(buildDir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> buildDir.relativize(p).toString()))
                    .containsExactlyInAnyOrder("ramp/gpt-4o/run.json", "ramp/gpt-4o/junit.xml",
                            "ramp/gpt-4o/report.html", "ramp/gpt-4o/transcripts/T0.jsonl");
        }
        assertThat(result.folder().transcriptStages()).containsExactly("T0");
    }

    @Test
    void aLinkIsNeverFollowed() throws Exception {
        Path outside = Files.writeString(tmp.resolve("controller-secret"), "secret of the host");
        Files.delete(runDir.resolve("run.json"));
        Files.createSymbolicLink(runDir.resolve("run.json"), outside);
        Files.createSymbolicLink(runDir.resolve("transcripts/T1.jsonl"), outside);
        RunArchiveResult result = copy();
        assertThat(result.listing().files).extracting(f -> f.relative).doesNotContain("run.json", "transcripts/T1.jsonl");
        assertThat(result.listing().notes).anyMatch(n -> n.startsWith("run.json is not a regular file"))
                .anyMatch(n -> n.startsWith("transcripts/T1.jsonl is not a regular file"));
        assertThat(result.folder().file("run.json")).isNull();
        // a file swapped for a link after the listing is refused when its chunk is read
        assertThatThrownBy(() -> new ReadChunk("run.json", 0, 100).invoke(runDir.toFile(), null))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aTranscriptsFolderThatIsALinkIsNotRead() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("T2.jsonl"), "secret");
        Files.walk(runDir.resolve("transcripts")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.createSymbolicLink(runDir.resolve("transcripts"), elsewhere);
        RunArchiveResult result = copy();
        assertThat(result.listing().files).extracting(f -> f.relative).containsExactly("run.json", "junit.xml",
                "report.html");
        assertThat(result.listing().notes).anyMatch(n -> n.contains("transcripts/ is not a folder"));
        assertThatThrownBy(() -> new ReadChunk("transcripts/T2.jsonl", 0, 10).invoke(runDir.toFile(), null))
                .hasMessageContaining("is a link");
    }

    @Test
    void aRunFolderThatIsALinkIsNotRead() throws Exception {
        Path link = tmp.resolve("ws/ramp/other");
        Files.createSymbolicLink(link, runDir);
        assertThatThrownBy(() -> new ListRunFiles().invoke(link.toFile(), null)).hasMessageContaining("not a folder");
    }

    @Test
    void filesBeyondTheirBoundAreLeftOutWithANote() throws Exception {
        try (RandomAccessFile big = new RandomAccessFile(runDir.resolve("transcripts/T3.jsonl").toFile(), "rw")) {
            big.setLength(RunFiles.TRANSCRIPT_MAX + 1); // sparse: no disk used
        }
        RunArchiveResult result = copy();
        assertThat(result.listing().files).extracting(f -> f.relative).doesNotContain("transcripts/T3.jsonl");
        assertThat(result.listing().notes).anyMatch(n -> n.startsWith("transcripts/T3.jsonl has 67108865 bytes"));
    }

    @Test
    void largeFilesAreCopiedInChunksByteForByte() throws Exception {
        byte[] data = new byte[RunFiles.CHUNK * 2 + 12345];
        new Random(7).nextBytes(data);
        Files.write(runDir.resolve("report.html"), data);
        copy();
        assertThat(Files.readAllBytes(buildDir.resolve("ramp/gpt-4o/report.html"))).isEqualTo(data);
        try (var left = Files.list(buildDir.resolve("ramp/gpt-4o"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
        }
    }

    @Test
    void onlyKeptNamesCanBeReadOrServed() {
        assertThatThrownBy(() -> new ReadChunk("workspace/secret.txt", 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadChunk("../../etc/passwd", 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadChunk("transcripts/../run.json", 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FileDownload.relative("/report.html")).isEqualTo("report.html");
        assertThat(FileDownload.relative("/transcripts/T5.jsonl")).isEqualTo("transcripts/T5.jsonl");
        assertThat(FileDownload.relative("/transcripts/T6.jsonl")).isNull();
        assertThat(FileDownload.relative("/../../config.xml")).isNull();
        assertThat(FileDownload.relative("/workspace/secret.txt")).isNull();
        assertThat(FileDownload.relative(null)).isNull();
        assertThat(FileDownload.contentType("report.html")).isEqualTo("application/octet-stream");
        assertThat(FileDownload.contentType("run.json")).startsWith("application/json");
        assertThat(FileDownload.disposition("gpt-4o", "transcripts/T1.jsonl"))
                .isEqualTo("attachment; filename=\"gpt-4o-T1.jsonl\"");
        assertThatThrownBy(() -> BuildFolder.of(buildDir.toFile(), "../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuildFolderIsNotWrittenOrReadThroughALink() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(buildDir.resolve("ramp"), elsewhere);
        BuildFolder folder = BuildFolder.of(buildDir.toFile(), "gpt-4o");
        assertThatThrownBy(() -> folder.write("run.json", 2, (o, l) -> "{}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("is a link");
        try (var left = Files.list(elsewhere)) {
            assertThat(left).isEmpty();
        }
    }
}
