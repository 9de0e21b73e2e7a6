package org.ramp.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes into a tree an agent shaped never follow its links and never fail on what it left in the way. */
class UntrustedTreeTest {
    @TempDir
    Path dir;

    private Path workspace() throws IOException {
        return Files.createDirectories(dir.resolve("workspace"));
    }

    @Test
    void aLinkedFolderIsReplacedNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("host-folder"));
        Files.writeString(outside.resolve("CMakeLists.txt"), "the host's own file");
        Path workspace = workspace();
        Files.createSymbolicLink(workspace.resolve("runtime"), outside);
        new UntrustedTree(workspace).write("runtime/CMakeLists.txt", "golden".getBytes(StandardCharsets.UTF_8));
        assertThat(outside.resolve("CMakeLists.txt")).hasContent("the host's own file");
        assertThat(Files.isSymbolicLink(workspace.resolve("runtime"))).isFalse();
        assertThat(workspace.resolve("runtime/CMakeLists.txt")).hasContent("golden");
    }

    @Test
    void danglingLinksFilesInTheWayAndFoldersWhereAFileGoesAreReplaced() throws IOException {
        Path workspace = workspace();
        Files.createSymbolicLink(workspace.resolve("runtime"), dir.resolve("nowhere"));
        Files.writeString(workspace.resolve("src"), "a file where a folder goes");
        Files.createDirectories(workspace.resolve("TASK.md/inside"));
        Files.createSymbolicLink(workspace.resolve("notes.txt"), dir.resolve("host-notes.txt"));
        UntrustedTree tree = new UntrustedTree(workspace);
        tree.write("runtime/CMakeLists.txt", new byte[] {1});
        tree.write("src/main.cpp", new byte[] {2});
        tree.write("TASK.md", new byte[] {3});
        tree.write("notes.txt", new byte[] {4});
        assertThat(workspace.resolve("runtime/CMakeLists.txt")).hasBinaryContent(new byte[] {1});
        assertThat(workspace.resolve("src/main.cpp")).hasBinaryContent(new byte[] {2});
        assertThat(workspace.resolve("TASK.md")).isRegularFile().hasBinaryContent(new byte[] {3});
        assertThat(Files.isRegularFile(workspace.resolve("notes.txt"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(dir.resolve("host-notes.txt")).doesNotExist();
    }

    @Test
    void aTreeIsCopiedOverWithTheSameCare() throws IOException {
        Path golden = Files.createDirectories(dir.resolve("golden/runtime"));
        Files.writeString(dir.resolve("golden/CMakeLists.txt"), "top");
        Files.writeString(golden.resolve("CMakeLists.txt"), "runtime");
        Path outside = Files.createDirectories(dir.resolve("host-folder"));
        Path workspace = workspace();
        Files.createSymbolicLink(workspace.resolve("runtime"), outside);
        Files.createSymbolicLink(workspace.resolve("CMakeLists.txt"), outside.resolve("victim"));
        new UntrustedTree(workspace).copyFrom(dir.resolve("golden"), "");
        assertThat(workspace.resolve("CMakeLists.txt")).hasContent("top");
        assertThat(workspace.resolve("runtime/CMakeLists.txt")).hasContent("runtime");
        try (var left = Files.list(outside)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRootThatIsALinkOrAPathOutsideIsRefused() throws IOException {
        Path real = workspace();
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThatThrownBy(() -> new UntrustedTree(link)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> new UntrustedTree(real).write("../escape", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
