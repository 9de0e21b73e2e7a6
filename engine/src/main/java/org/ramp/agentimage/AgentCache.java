package org.ramp.agentimage;

import java.nio.file.Path;
import org.ramp.toolchain.UserCache;

/**
 * Where agent image builds keep what they download, so that a rebuild fetches nothing twice: folders of
 * the user's cache folder ({@link UserCache}: {@code $XDG_CACHE_HOME/ramp} or {@code $HOME/.cache/ramp}).
 */
public record AgentCache(Path root) {

    public static AgentCache forUser() {
        return new AgentCache(UserCache.forUser().root());
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
}
