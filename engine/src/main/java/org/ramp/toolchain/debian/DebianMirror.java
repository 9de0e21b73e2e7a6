package org.ramp.toolchain.debian;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.ramp.util.Hashing;

/**
 * A Debian mirror reached over HTTP(S): files by their path under the mirror's root. Connection
 * failures and server errors are tried again a few times; every failure names the URL.
 */
public final class DebianMirror {
    private static final int ATTEMPTS = 3;

    private final URI root;
    private final HttpClient http;

    public DebianMirror(String url) {
        this.root = parse(url);
        // the JVM's proxy settings (-Dhttp.proxyHost=...), as a Jenkins node behind a proxy has them
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .proxy(java.net.ProxySelector.getDefault())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new MirrorException("the Debian mirror " + url + " is not an http:// or https:// URL; "
                        + "set RAMP_DEBIAN_MIRROR to one, e.g. http://deb.debian.org/debian");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MirrorException("the Debian mirror " + url + " is not a URL (" + e.getReason()
                    + "); set RAMP_DEBIAN_MIRROR to one, e.g. http://deb.debian.org/debian");
        }
    }

    /** The mirror's root URL, ending with a slash. */
    public String url() {
        return root.toString();
    }

    public URI url(String path) {
        return root.resolve(path);
    }

    /** A small file (Release, its signature), at most {@code maxBytes}. */
    public byte[] fetch(String path, int maxBytes) {
        return attempt(path, in -> {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new MirrorException(url(path) + " is larger than " + maxBytes + " bytes");
            }
            return bytes;
        });
    }

    /** Streams a file to {@code target} and returns its SHA-256 (hex). */
    public String download(String path, Path target) {
        return attempt(path, in -> {
            var digest = Hashing.sha256();
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    private interface Body<T> {
        T read(InputStream in) throws IOException;
    }

    private <T> T attempt(String path, Body<T> body) {
        URI uri = url(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        String failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    int status = response.statusCode();
                    if (status == 200) {
                        return body.read(in);
                    }
                    failure = "HTTP " + status;
                    if (status < 500) {
                        break;
                    }
                }
            } catch (ConnectException e) {
                failure = "cannot connect: " + (e.getMessage() == null ? "connection refused" : e.getMessage());
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MirrorException("interrupted while downloading " + uri, e);
            }
            pause(attempt);
        }
        throw new MirrorException("the Debian mirror does not give " + uri + " (" + failure + "); check that "
                + root + " answers, or set RAMP_DEBIAN_MIRROR to a mirror that does");
    }

    private static void pause(int attempt) {
        if (attempt < ATTEMPTS) {
            try {
                Thread.sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
