package org.ramp.toolchain;

import java.nio.charset.StandardCharsets;
import org.ramp.util.Hashing;

/**
 * The Debian base the toolchain image is built on, made with debootstrap and imported into Docker,
 * so that no registry is needed.
 */
public record BaseImage(String suite, String variant, String mirror) {
    public static final String REPOSITORY = "ramp-base";

    /** Debian bookworm, minimal, from the mirror in RAMP_DEBIAN_MIRROR or deb.debian.org. */
    public static BaseImage bookworm() {
        String mirror = System.getenv().getOrDefault("RAMP_DEBIAN_MIRROR", "http://deb.debian.org/debian");
        return new BaseImage("bookworm", "minbase", mirror);
    }

    public String hash() {
        return Hashing.sha256((suite + "\0" + variant + "\0" + mirror).getBytes(StandardCharsets.UTF_8));
    }

    public String tag() {
        return REPOSITORY + ":" + suite + "-" + hash().substring(0, 12);
    }
}
