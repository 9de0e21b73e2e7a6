package org.ramp;

import java.nio.file.Path;

/** Where the repository's own workload and golden folder are, for tests that use them. */
public final class RepositoryPaths {
    private RepositoryPaths() {
    }

    public static Path home() {
        return Path.of(System.getProperty("ramp.home", "..")).toAbsolutePath().normalize();
    }

    public static Path tasks() {
        return home().resolve("tasks");
    }

    public static Path golden() {
        return home().resolve("golden");
    }

    /** RAMP's 15 published rows, kept beside the repository in {@code ../shared/reference/}. */
    public static Path referenceCsv() {
        return home().resolve("../shared/reference/ramp-engineer-500.csv").normalize();
    }
}
