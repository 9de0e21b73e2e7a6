package org.ramp.toolchain;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's cache folder for image builds: {@code $XDG_CACHE_HOME/ramp}, or {@code ~/.cache/ramp}
 * (XDG's rule: a relative XDG_CACHE_HOME is ignored). Downloads, the build lock and temporary tars
 * live there, so a build needs no root and no shared folder.
 */
public record UserCache(Path root) {

    public static UserCache forUser() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    static UserCache of(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".cache");
        return new UserCache(base.resolve("ramp"));
    }

    /** .deb files and indexes, by SHA-256. */
    public Path downloads() {
        return root.resolve("debian");
    }

    /** Temporary tars of a build in progress (removed when it ends). */
    public Path work() {
        return root.resolve("work");
    }

    public Path lockFile() {
        return root.resolve("image-build.lock");
    }
}
