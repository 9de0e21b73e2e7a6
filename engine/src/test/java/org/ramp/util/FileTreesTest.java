package org.ramp.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a tree an agent shaped: deeper than PATH_MAX, with links out of it, none of them followed. */
class FileTreesTest {
    @TempDir
    Path dir;

    @Test
    void aTreeLongerThanPathMaxWithLinksOutIsDeletedAndNothingOutsideIsTouched() throws IOException, InterruptedException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path root = Files.createDirectories(dir.resolve("tree"));
        // 30 levels of 200 characters: a path of 6,000, which no single system call takes; made step by step
        Process deep = new ProcessBuilder("bash", "-c", "cd \"$1\" && d=$(printf 'd%.0s' $(seq 200)) && for i in"
                + " $(seq 30); do mkdir $d && cd $d || exit 1; done && ln -s \"$2\" out && pwd | wc -c", "deep",
                root.toString(), outside.toString()).redirectErrorStream(true).start();
        String length = new String(deep.getInputStream().readAllBytes()).strip();
        assertThat(deep.waitFor()).as(length).isZero();
        assertThat(Integer.parseInt(length)).isGreaterThan(4096);
        Files.createSymbolicLink(root.resolve("file-link"), outside.resolve("keep.txt"));
        Files.writeString(root.resolve("plain.txt"), "x");
        FileTrees.delete(root);
        assertThat(root).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
        FileTrees.delete(root);
    }
}
