package org.ramp.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;

/** The committed golden folder matches its manifest, and every kind of tampering is named. */
class GoldenManifestTest {
    @TempDir
    Path dir;

    private GoldenManifest committed;

    @BeforeEach
    void copyTheGoldenFolder() throws IOException {
        FileTrees.copy(RepositoryPaths.golden(), dir);
        committed = GoldenManifest.read(dir.resolve(GoldenSet.MANIFEST));
    }

    private GoldenArtifacts golden(String clang) {
        ToolchainInfo toolchain = new ToolchainInfo(committed.toolchainImage(), committed.imageId(), clang, 0);
        return new GoldenArtifacts(new GoldenSet(dir), ToolchainForTests.workload(), null, toolchain, Progress.SILENT);
    }

    @Test
    void theCommittedFolderMatchesItsManifestAndCoversEveryProgram() {
        assertThat(golden(committed.clangVersion()).checkManifest()).isEmpty();
        assertThat(committed.programs()).isEqualTo(ToolchainForTests.workload().programs().size());
        assertThat(committed.clangVersion()).startsWith("Debian clang version 14.");
    }

    @Test
    void everyKindOfTamperingIsNamed() throws IOException {
        String program = ToolchainForTests.workload().programs().get(0).name();
        Files.writeString(dir.resolve("programs/" + program + "/tokens.txt"), "edited by hand\n");
        Files.writeString(dir.resolve("programs/" + program + "/notes.txt"), "stray\n");
        String other = ToolchainForTests.workload().programs().get(1).name();
        FileTrees.delete(dir.resolve("programs/" + other));
        assertThat(golden("Debian clang version 15.0.0").checkManifest())
                .anyMatch(p -> p.contains("made with \"" + committed.clangVersion() + "\" but the image has"))
                .anyMatch(p -> p.equals("programs/" + program + "/notes.txt: present but not in the manifest"))
                .anyMatch(p -> p.startsWith("programs/" + program + "/tokens.txt: changed since the manifest"))
                .anyMatch(p -> p.startsWith("programs/" + other + "/ast.json: listed in the manifest but missing"));
    }

    @Test
    void aMissingManifestSaysHowToMakeIt() throws IOException {
        Files.delete(dir.resolve(GoldenSet.MANIFEST));
        assertThat(golden(committed.clangVersion()).checkManifest())
                .singleElement().asString().endsWith("is missing; run: ramp golden generate");
    }
}
