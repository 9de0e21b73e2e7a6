package org.ramp.toolchain.debian;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A suite's Packages index for one architecture: the newest version of each package by name, and who
 * provides each virtual package.
 */
public final class PackageIndex {
    private final Map<String, DebianPackage> byName;
    private final Map<String, List<String>> providers;

    private PackageIndex(Map<String, DebianPackage> byName) {
        this.byName = Map.copyOf(byName);
        Map<String, List<String>> provided = new HashMap<>();
        for (DebianPackage pkg : byName.values()) {
            for (String virtual : pkg.provides()) {
                provided.computeIfAbsent(virtual, v -> new ArrayList<>()).add(pkg.name());
            }
        }
        provided.values().forEach(names -> names.sort(null));
        this.providers = Map.copyOf(provided);
    }

    /** Reads an uncompressed Packages file; a malformed paragraph is an IOException naming the package. */
    public static PackageIndex read(InputStream packages) throws IOException {
        Map<String, DebianPackage> newest = new HashMap<>();
        try {
            ControlParagraphs.read(packages, DebianPackage.FIELDS, paragraph -> {
                DebianPackage pkg = DebianPackage.of(paragraph);
                newest.merge(pkg.name(), pkg,
                        (old, other) -> DebianVersion.compare(other.version(), old.version()) > 0 ? other : old);
            });
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new PackageIndex(newest);
    }

    public static PackageIndex of(Collection<DebianPackage> packages) {
        Map<String, DebianPackage> byName = new HashMap<>();
        packages.forEach(pkg -> byName.put(pkg.name(), pkg));
        return new PackageIndex(byName);
    }

    public Optional<DebianPackage> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The real packages that provide {@code virtual}, by name. */
    public List<String> providers(String virtual) {
        return providers.getOrDefault(virtual, List.of());
    }

    /** Every package of the given priority (Debian's "required": what dpkg and a shell need), by name. */
    public List<DebianPackage> withPriority(String priority) {
        return byName.values().stream().filter(pkg -> pkg.priority().equalsIgnoreCase(priority))
                .sorted(java.util.Comparator.comparing(DebianPackage::name)).toList();
    }

    public int size() {
        return byName.size();
    }
}
