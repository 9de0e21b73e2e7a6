package org.ramp.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.workload.Artifacts;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/**
 * {@code ramp golden generate} and {@code ramp golden verify}: writing the golden folder, and proving
 * that regenerating it in the image changes no byte.
 */
public final class GoldenArtifacts {
    private final GoldenSet golden;
    private final Workload workload;
    private final ToolchainInfo toolchain;
    private final GoldenGenerator generator;
    private final Progress progress;

    public GoldenArtifacts(GoldenSet golden, Workload workload, DockerEngine docker, ToolchainInfo toolchain,
            Progress progress) {
        this.golden = golden;
        this.workload = workload;
        this.toolchain = toolchain;
        this.generator = new GoldenGenerator(docker, toolchain, workload, progress);
        this.progress = progress;
    }

    /**
     * Regenerates the given programs' artifacts in place and rewrites the manifest. When every program
     * of the workload is regenerated, folders of programs that no longer exist are removed.
     */
    public GoldenManifest generate(List<TestProgram> programs) throws GoldenException {
        long started = System.nanoTime();
        Path staging = FileTrees.temporaryFolder("ramp-golden-out");
        try {
            generator.generate(programs, staging);
            Files.createDirectories(golden.programsDir());
            for (TestProgram program : programs) {
                Path target = golden.programDir(program.name());
                FileTrees.delete(target);
                FileTrees.copy(staging.resolve(program.name()), target);
            }
            if (programs.size() == workload.programs().size()) {
                removeStalePrograms();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + golden.programsDir(), e);
        } finally {
            FileTrees.delete(staging);
        }
        GoldenManifest manifest = manifest();
        try {
            manifest.write(golden.manifestFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + golden.manifestFile(), e);
        }
        progress.line(String.format(Locale.ROOT, "golden artifacts of %d programs written to %s in %.0f s;"
                + " the golden folder holds %d files, %.1f MB", programs.size(), golden.root(),
                (System.nanoTime() - started) / 1e9, manifest.files().size() + 1, golden.size() / 1e6));
        return manifest;
    }

    /**
     * Regenerates the given programs' artifacts into a scratch folder and compares them byte for byte
     * with the committed ones; also checks the manifest against the files and the image's clang.
     *
     * @return the differences; empty when the golden folder is reproduced exactly
     */
    public List<String> verify(List<TestProgram> programs) throws GoldenException {
        List<String> differences = new ArrayList<>(checkManifest());
        Path staging = FileTrees.temporaryFolder("ramp-golden-out");
        try {
            generator.generate(programs, staging);
            for (TestProgram program : programs) {
                for (String file : Artifacts.GOLDEN_FILES) {
                    Path committed = golden.programDir(program.name()).resolve(file);
                    Path regenerated = staging.resolve(program.name()).resolve(file);
                    compare(program.name() + "/" + file, committed, regenerated).ifPresent(differences::add);
                }
            }
        } finally {
            FileTrees.delete(staging);
        }
        return differences;
    }

    /** Differences between the manifest and the folder, and between the manifest and the image. */
    public List<String> checkManifest() {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(golden.manifestFile())) {
            return List.of(golden.manifestFile() + " is missing; run: ramp golden generate");
        }
        GoldenManifest manifest;
        try {
            manifest = GoldenManifest.read(golden.manifestFile());
        } catch (IOException e) {
            return List.of(golden.manifestFile() + " cannot be read: " + e.getMessage());
        }
        if (!manifest.clangVersion().equals(toolchain.clangVersion())) {
            problems.add("the golden artifacts were made with \"" + manifest.clangVersion() + "\" but the image has \""
                    + toolchain.clangVersion() + "\"; regenerate them: ramp golden generate");
        }
        if (!manifest.imageId().equals(toolchain.imageId())) {
            progress.line("note: the golden artifacts were made in image " + DockerEngine.shortId(manifest.imageId())
                    + ", this is " + DockerEngine.shortId(toolchain.imageId()) + " (a rebuilt image; the bytes decide)");
        }
        SortedMap<String, String> actual = golden.hashes();
        for (Map.Entry<String, String> entry : manifest.files().entrySet()) {
            String hash = actual.get(entry.getKey());
            if (hash == null) {
                problems.add(entry.getKey() + ": listed in the manifest but missing from " + golden.root());
            } else if (!hash.equals(entry.getValue())) {
                problems.add(entry.getKey() + ": changed since the manifest was written (sha256 " + hash.substring(0, 12)
                        + ", manifest " + entry.getValue().substring(0, 12) + ")");
            }
        }
        actual.keySet().stream().filter(file -> !manifest.files().containsKey(file))
                .forEach(file -> problems.add(file + ": present but not in the manifest"));
        Set<String> expected = workload.programs().stream().map(TestProgram::name).collect(Collectors.toSet());
        Set<String> present = manifest.files().keySet().stream()
                .filter(file -> file.startsWith(GoldenSet.PROGRAMS + "/"))
                .map(file -> file.split("/")[1])
                .collect(Collectors.toSet());
        expected.stream().filter(name -> !present.contains(name)).sorted()
                .forEach(name -> problems.add("program " + name + " has no golden artifacts; run: ramp golden generate"));
        present.stream().filter(name -> !expected.contains(name)).sorted()
                .forEach(name -> problems.add("golden artifacts of " + name + ", which the workload no longer has"));
        return problems;
    }

    private GoldenManifest manifest() {
        return new GoldenManifest(GoldenManifest.SCHEMA_VERSION, workload.name(), workload.version(), toolchain.tag(),
                toolchain.imageId(), toolchain.clangVersion(), workload.programs().size(), golden.hashes());
    }

    private void removeStalePrograms() {
        Set<String> names = workload.programs().stream().map(TestProgram::name).collect(Collectors.toSet());
        try (Stream<Path> dirs = Files.list(golden.programsDir())) {
            dirs.filter(dir -> !names.contains(dir.getFileName().toString())).forEach(dir -> {
                progress.line("removing golden artifacts of " + dir.getFileName() + " (no longer in the workload)");
                FileTrees.delete(dir);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + golden.programsDir(), e);
        }
    }

    private static java.util.Optional<String> compare(String name, Path committed, Path regenerated) {
        try {
            if (!Files.isRegularFile(committed)) {
                return java.util.Optional.of(name + ": not committed; run: ramp golden generate");
            }
            byte[] want = Files.readAllBytes(committed);
            byte[] got = Files.readAllBytes(regenerated);
            if (Arrays.equals(want, got)) {
                return java.util.Optional.empty();
            }
            int at = Arrays.mismatch(want, got);
            long line = 1;
            for (int i = 0; i < at; i++) {
                if (want[i] == '\n') {
                    line++;
                }
            }
            return java.util.Optional.of(name + ": regenerated bytes differ from line " + line + " (byte " + at + ")");
        } catch (IOException e) {
            return java.util.Optional.of(name + ": cannot be compared: " + e.getMessage());
        }
    }

}
