package org.ramp.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ramp.util.Hashing;

/**
 * The golden folder: {@code programs/NAME/} with every artifact of each program, {@code T0/} with the
 * corrected build files, and {@code manifest.json}.
 */
public record GoldenSet(Path root) {
    public static final String MANIFEST = "manifest.json";
    public static final String PROGRAMS = "programs";
    public static final String T0 = "T0";

    public Path programDir(String program) {
        return root.resolve(PROGRAMS).resolve(program);
    }

    public Path programsDir() {
        return root.resolve(PROGRAMS);
    }

    /** The files that, copied over the starting project, make it configure and build. */
    public Path t0Dir() {
        return root.resolve(T0);
    }

    public Path manifestFile() {
        return root.resolve(MANIFEST);
    }

    /** SHA-256 of every file under the golden folder but the manifest, by relative path. */
    public SortedMap<String, String> hashes() {
        SortedMap<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(manifestFile()))
                    .forEach(file -> hashes.put(root.relativize(file).toString().replace('\\', '/'),
                            Hashing.sha256(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return hashes;
    }

    /** Total bytes under the golden folder. */
    public long size() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }
}
