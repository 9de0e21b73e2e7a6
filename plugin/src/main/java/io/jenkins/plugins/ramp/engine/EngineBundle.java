package io.jenkins.plugins.ramp.engine;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The engine as the plugin carries it: one resource, a tar.gz of the engine's shaded jar ({@code ramp.jar}) and the
 * workload it reads ({@code tasks/}, {@code golden/}). It is copied to a node once, into a folder named for its
 * SHA-256, so that a new plugin version brings its own engine and an unchanged one is never copied again.
 */
public final class EngineBundle {
    static final String RESOURCE = "engine-bundle.tar.gz";
    private static volatile String sha256;

    private EngineBundle() {
    }

    public static InputStream open() throws IOException {
        InputStream in = EngineBundle.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the plugin carries no " + RESOURCE + "; it was built without the engine "
                    + "(build it with mvn -pl plugin -am package)");
        }
        return in;
    }

    /** The bundle's SHA-256, read once per controller start. */
    public static String sha256() throws IOException {
        String known = sha256;
        if (known == null) {
            try (InputStream in = open()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
                known = HexFormat.of().formatHex(digest.digest());
                sha256 = known;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
        return known;
    }
}
