package org.ramp.toolchain;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's cache folder for image builds: {@code $XDG_CACHE_HOME/ramp}, or {@code $HOME/.cache/ramp}
 * (XDG's rules: a relative XDG_CACHE_HOME is ignored; without HOME, the account's home folder).
 * Downloads, the build lock and temporary tars live there, so a build needs no root and no shared folder.
 */
public record UserCache(Path root) {

    public static UserCache forUser() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    static UserCache of(Map<String, String> env, String accountHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (absolute(xdg)) {
            return new UserCache(Path.of(xdg, "ramp"));
        }
        String home = env.get("HOME");
        return new UserCache(Path.of(absolute(home) ? home : accountHome, ".cache", "ramp"));
    }

    private static boolean absolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
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
