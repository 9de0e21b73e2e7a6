package org.ramp.toolchain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ramp.toolchain.debian.DebianPackage;

/**
 * What the base is made of: the required packages (unpacked into the first stage's file system, then
 * installed by dpkg), the others a minimal base needs (apt and its dependencies, installed after them),
 * and where each verified .deb is.
 *
 * @param mirror the mirror as the user gave it, written into the image's sources.list
 * @param debs   package name to the verified .deb in the cache
 */
public record BootstrapPlan(String mirror, String suite, List<DebianPackage> required, List<DebianPackage> base,
        Map<String, Path> debs) {

    /**
     * The packages dpkg installs first, one at a time and in this order, before the others can be:
     * the user and group database, the file system layout, dpkg itself, the C library, perl (for
     * maintainer scripts), awk, debconf.
     */
    public static final List<String> CORE = List.of("base-passwd", "base-files", "dpkg", "libc6", "perl-base",
            "mawk", "debconf");

    public BootstrapPlan {
        required = List.copyOf(required);
        base = List.copyOf(base);
        debs = Map.copyOf(debs);
    }

    /** The core packages, in installation order. */
    public List<DebianPackage> core() {
        return CORE.stream().flatMap(name -> required.stream().filter(p -> p.name().equals(name))).toList();
    }

    public long downloadBytes() {
        return java.util.stream.Stream.concat(required.stream(), base.stream()).mapToLong(DebianPackage::size).sum();
    }
}
