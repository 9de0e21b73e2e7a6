package org.ramp.agentimage;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where agent image builds keep what they download, so that a rebuild fetches nothing twice: the user's
 * cache folder, {@code $XDG_CACHE_HOME/ramp} or {@code $HOME/.cache/ramp} (a relative XDG_CACHE_HOME is
 * ignored; without HOME, the account's home folder).
 */
public record AgentCache(Path root) {

    public static AgentCache forUser() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    static AgentCache of(Map<String, String> env, String accountHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (absolute(xdg)) {
            return new AgentCache(Path.of(xdg, "ramp"));
        }
        String home = env.get("HOME");
        return new AgentCache(Path.of(absolute(home) ? home : accountHome, ".cache", "ramp"));
    }

    /** Node's and npm's tarballs, by name and version. */
    public Path tarballs() {
        return root.resolve("npm-tarballs");
    }

    /** npm's own cache (content-addressed, shared by every recipe and safe for concurrent builds). */
    public Path npm() {
        return root.resolve("npm");
    }

    /** One recipe's installed tree, keyed by the hash of the recipe and of the install script. */
    public Path install(String recipe, String key) {
        return root.resolve("agents").resolve(recipe + "-" + key);
    }

    private static boolean absolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
