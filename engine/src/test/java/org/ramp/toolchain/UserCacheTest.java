package org.ramp.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserCacheTest {

    @Test
    void followsXdgCacheHome() {
        assertThat(UserCache.of(Map.of("XDG_CACHE_HOME", "/var/cache/jenkins"), "/home/jenkins").root())
                .isEqualTo(Path.of("/var/cache/jenkins/ramp"));
    }

    @Test
    void homeComesFromTheEnvironmentBeforeTheAccount() {
        assertThat(UserCache.of(Map.of("HOME", "/var/lib/jenkins"), "/nonexistent").root())
                .isEqualTo(Path.of("/var/lib/jenkins/.cache/ramp"));
        assertThat(UserCache.of(Map.of("HOME", "relative"), "/home/jenkins").root())
                .isEqualTo(Path.of("/home/jenkins/.cache/ramp"));
    }

    @Test
    void fallsBackToDotCacheInHomeWhenXdgIsUnsetOrRelative() {
        assertThat(UserCache.of(Map.of(), "/home/jenkins").root()).isEqualTo(Path.of("/home/jenkins/.cache/ramp"));
        assertThat(UserCache.of(Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/jenkins").root())
                .isEqualTo(Path.of("/home/jenkins/.cache/ramp"));
        assertThat(UserCache.of(Map.of("XDG_CACHE_HOME", ""), "/home/jenkins").root())
                .isEqualTo(Path.of("/home/jenkins/.cache/ramp"));
    }

    @Test
    void keepsDownloadsTheLockAndWorkFilesApart() {
        UserCache cache = new UserCache(Path.of("/c/ramp"));
        assertThat(cache.downloads()).isEqualTo(Path.of("/c/ramp/debian"));
        assertThat(cache.lockFile()).isEqualTo(Path.of("/c/ramp/image-build.lock"));
        assertThat(cache.work()).isEqualTo(Path.of("/c/ramp/work"));
    }
}
