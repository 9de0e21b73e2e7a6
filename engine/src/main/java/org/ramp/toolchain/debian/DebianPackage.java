package org.ramp.toolchain.debian;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One binary package of a Packages index: what resolving, downloading and installing it needs.
 *
 * @param depends  Pre-Depends then Depends: each entry is a group of alternatives ({@code a | b})
 * @param provides the virtual packages it provides
 * @param filename the .deb's path relative to the mirror's root
 */
public record DebianPackage(String name, String version, String architecture, String priority,
        List<List<String>> depends, List<String> provides, String filename, long size, String sha256) {

    public DebianPackage {
        depends = depends.stream().map(List::copyOf).toList();
        provides = List.copyOf(provides);
    }

    /** The Packages fields this record is made of (the others are skipped while reading). */
    static final java.util.Set<String> FIELDS = java.util.Set.of("Package", "Version", "Architecture",
            "Priority", "Pre-Depends", "Depends", "Provides", "Filename", "Size", "SHA256");

    /** From a Packages paragraph; a paragraph without name, version, file or checksum is refused. */
    static DebianPackage of(Map<String, String> paragraph) {
        String name = paragraph.get("Package");
        for (String field : List.of("Package", "Version", "Filename", "Size", "SHA256")) {
            String value = paragraph.get(field);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("package " + (name == null ? "(unnamed)" : name)
                        + " has no " + field + " field");
            }
        }
        long size;
        try {
            size = Long.parseLong(paragraph.get("Size"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("package " + name + " has a Size that is not a number: "
                    + paragraph.get("Size"));
        }
        String sha256 = paragraph.get("SHA256").toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("package " + name + " has a SHA256 that is not 64 hex digits");
        }
        String filename = paragraph.get("Filename");
        if (filename.startsWith("/") || List.of(filename.split("/")).contains("..")) {
            throw new IllegalArgumentException("package " + name + " has a Filename outside the mirror: " + filename);
        }
        List<List<String>> depends = new ArrayList<>(relations(paragraph.get("Pre-Depends")));
        depends.addAll(relations(paragraph.get("Depends")));
        List<String> provides = relations(paragraph.get("Provides")).stream().map(group -> group.get(0)).toList();
        return new DebianPackage(name, paragraph.get("Version"), paragraph.getOrDefault("Architecture", ""),
                paragraph.getOrDefault("Priority", "optional"), depends, provides, filename, size, sha256);
    }

    /**
     * A relationship field as groups of alternatives of package names: versions ({@code (>= 1.2)}),
     * architecture qualifiers ({@code :any}) and restrictions ({@code [amd64]}, {@code <!nocheck>})
     * dropped, since one suite's index is consistent and the build is for one architecture.
     */
    static List<List<String>> relations(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (String group : field.split(",")) {
            List<String> names = new ArrayList<>();
            for (String alternative : group.split("\\|")) {
                String name = alternative.strip().split("[\\s(\\[<]", 2)[0];
                int qualifier = name.indexOf(':');
                name = qualifier < 0 ? name : name.substring(0, qualifier);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                groups.add(names);
            }
        }
        return groups;
    }

    /** The file name apt gives this package's .deb ({@code name_version_arch.deb}, the epoch's colon escaped). */
    public String debFileName() {
        return name + "_" + version.replace(":", "%3a") + "_" + architecture + ".deb";
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
