package org.ramp.toolchain.debian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.util.Hashing;

/** Downloads from a real HTTP mirror on the loopback: checksums, the cache, unreachable mirrors. */
class DownloadCacheTest {
    private LocalMirror mirror;
    private String url;

    @TempDir
    Path cacheDir;

    @BeforeEach
    void serve() throws IOException {
        mirror = new LocalMirror();
        url = mirror.url();
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    private DownloadCache cache() {
        return new DownloadCache(cacheDir, new DebianMirror(url));
    }

    @Test
    void aFileIsDownloadedOnceThenTakenFromTheCache() {
        byte[] deb = "a package".getBytes(StandardCharsets.UTF_8);
        mirror.put("pool/main/a/apt/apt_2.6.1_amd64.deb", deb);
        String sha = Hashing.sha256(deb);
        Path first = cache().get("pool/main/a/apt/apt_2.6.1_amd64.deb", sha, deb.length, "package apt 2.6.1");
        Path again = cache().get("pool/main/a/apt/apt_2.6.1_amd64.deb", sha, deb.length, "package apt 2.6.1");
        assertThat(first).isEqualTo(cacheDir.resolve(sha)).hasBinaryContent(deb);
        assertThat(again).isEqualTo(first);
        assertThat(mirror.requests()).isEqualTo(1);
        assertThat(cache().has(sha)).isTrue();
    }

    @Test
    void aChecksumThatDiffersIsAnErrorNamingThePackageAndTheUrl() {
        mirror.put("pool/main/b/bash/bash_5.2_amd64.deb", "tampered".getBytes(StandardCharsets.UTF_8));
        String expected = Hashing.sha256("the real one".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> cache().get("pool/main/b/bash/bash_5.2_amd64.deb", expected, 8, "package bash 5.2"))
                .isInstanceOf(MirrorException.class)
                .hasMessageContaining("checksum mismatch for package bash 5.2")
                .hasMessageContaining(url + "/pool/main/b/bash/bash_5.2_amd64.deb")
                .hasMessageContaining(expected);
        assertThat(cacheDir).isEmptyDirectory();
    }

    @Test
    void aDamagedCachedFileIsDownloadedAgain() throws IOException {
        byte[] deb = "a package".getBytes(StandardCharsets.UTF_8);
        mirror.put("pool/x.deb", deb);
        String sha = Hashing.sha256(deb);
        Files.write(cacheDir.resolve(sha), "bit rot!!".getBytes(StandardCharsets.UTF_8));
        assertThat(cache().get("pool/x.deb", sha, deb.length, "package x 1")).hasBinaryContent(deb);
        assertThat(mirror.requests()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsAnErrorNamingTheUrl() {
        assertThatThrownBy(() -> cache().get("pool/gone.deb", "0".repeat(64), 1, "package gone 1"))
                .isInstanceOf(MirrorException.class)
                .hasMessageContaining("the Debian mirror does not give " + url + "/pool/gone.deb (HTTP 404)")
                .hasMessageContaining("RAMP_DEBIAN_MIRROR");
    }

    @Test
    void anUnreachableMirrorIsAnErrorNamingIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closedPort + "/debian";
        assertThatThrownBy(() -> new DebianMirror(nowhere).fetch("dists/bookworm/Release", 1000))
                .isInstanceOf(MirrorException.class)
                .hasMessageContaining("the Debian mirror does not give " + nowhere + "/dists/bookworm/Release")
                .hasMessageContaining("cannot connect");
    }

    @Test
    void aMirrorThatIsNoHttpUrlIsRefused() {
        assertThatThrownBy(() -> new DebianMirror("ftp://ftp.debian.org/debian"))
                .isInstanceOf(MirrorException.class)
                .hasMessageContaining("ftp://ftp.debian.org/debian is not an http:// or https:// URL");
    }

    @Test
    void aFileLargerThanAllowedIsRefused() {
        mirror.put("dists/bookworm/Release", new byte[2000]);
        assertThatThrownBy(() -> new DebianMirror(url).fetch("dists/bookworm/Release", 1000))
                .isInstanceOf(MirrorException.class).hasMessageContaining("is larger than 1000 bytes");
    }
}
