package org.ramp.agentimage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Progress;

/**
 * The npm registry, for the two tarballs the engine fetches itself (Node and npm, which are needed
 * before npm can run): the pinned version's tarball, checked against the recipe's sha512 integrity, kept
 * in a cache folder so that it is downloaded once. Everything else npm installs itself.
 */
public final class NpmRegistry {
    /** npm's own default; {@code npm_config_registry} changes it, as it does for npm. */
    public static final String DEFAULT = "https://registry.npmjs.org/";
    private static final long MAX_BYTES = 512L << 20;

    private final String base;
    private final Path cache;
    private final Progress progress;

    public NpmRegistry(String base, Path cache, Progress progress) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.cache = cache;
        this.progress = progress;
    }

    /** The registry the environment names (npm_config_registry, as npm reads it), or npm's default. */
    public static String fromEnvironment() {
        for (String name : new String[] {"npm_config_registry", "NPM_CONFIG_REGISTRY"}) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return DEFAULT;
    }

    public String base() {
        return base;
    }

    /** The package's tarball in the cache, downloaded first when it is not there; its integrity is checked. */
    public Path tarball(NpmPackage pkg) {
        Path file = cache.resolve(pkg.tarballName());
        if (Files.isRegularFile(file) && integrity(file).equals(pkg.integrity())) {
            return file;
        }
        String url = base + pkg.tarballPath();
        progress.line("downloading " + pkg.spec() + " from " + url);
        Path part = null;
        try {
            Files.createDirectories(cache);
            part = Files.createTempFile(cache, "." + pkg.tarballName(), ".part");
            HttpClient client = HttpClient.newBuilder().proxy(ProxySelector.getDefault())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(part)) {
                if (response.statusCode() != 200) {
                    throw new SandboxException("the npm registry answered HTTP " + response.statusCode() + " for "
                            + url + " (is " + pkg.spec() + " published? npm view " + pkg.spec() + " version)");
                }
                copyBounded(in, out, url);
            }
            String found = integrity(part);
            if (!found.equals(pkg.integrity())) {
                throw new RecipeException(pkg.spec() + " from " + url + " has the integrity " + found + ", not the"
                        + " recipe's " + pkg.integrity() + "; check the recipe's integrity (npm view " + pkg.spec()
                        + " dist.integrity)");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new SandboxException("cannot download " + pkg.spec() + " from " + url + ": " + e.getMessage()
                    + " (the registry is " + base + "; npm_config_registry changes it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while downloading " + pkg.spec(), e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a stale part file in the cache is harmless
                }
            }
        }
    }

    /** The file's npm integrity string: sha512, base64. */
    static String integrity(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return "sha512-" + Base64.getEncoder().encodeToString(digest.digest());
        } catch (IOException e) {
            throw new SandboxException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
    }

    private static void copyBounded(InputStream in, OutputStream out, String url) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BYTES) {
                throw new IOException(url + " is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            out.write(buffer, 0, n);
        }
    }
}
