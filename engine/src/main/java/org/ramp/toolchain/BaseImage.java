package org.ramp.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ramp.util.Hashing;

/**
 * The Debian base the toolchain image is built on: a suite's required packages and apt, from a
 * mirror, installed by dpkg in a container and imported into Docker (see {@link BaseImageBuilder}),
 * so that neither a registry nor root on the host is needed. The tag carries a hash of everything that
 * decides the result, the second stage's script included.
 */
public record BaseImage(String suite, String variant, String architecture, String mirror) {
    public static final String REPOSITORY = "ramp-base";
    /**
     * Names how the base is made; a different way of making it is a different base (change it when
     * the choice of packages or the first stage's layout changes in the Java code).
     */
    static final String METHOD = "dpkg-in-container/1";
    static final String STAGE2_SCRIPT = "stage2.sh";

    /** Debian bookworm, minimal, for x86-64, from the mirror in RAMP_DEBIAN_MIRROR or deb.debian.org. */
    public static BaseImage bookworm() {
        String mirror = System.getenv().getOrDefault("RAMP_DEBIAN_MIRROR", "http://deb.debian.org/debian");
        return new BaseImage("bookworm", "minbase", "amd64", mirror);
    }

    public String hash() {
        MessageDigest digest = Hashing.sha256();
        for (String part : new String[] {METHOD, BasePackages.selection(), suite, variant, architecture,
                mirror}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update(stage2Script());
        return HexFormat.of().formatHex(digest.digest());
    }

    public String tag() {
        return REPOSITORY + ":" + suite + "-" + hash().substring(0, 12);
    }

    /** The second stage's script, run as root inside the first stage's container. */
    static byte[] stage2Script() {
        try (InputStream in = BaseImage.class.getResourceAsStream(STAGE2_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("the engine lacks its resource " + STAGE2_SCRIPT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the engine's " + STAGE2_SCRIPT + " is unreadable", e);
        }
    }
}
