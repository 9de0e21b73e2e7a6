package org.ramp.toolchain.debian;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A suite's Release file: its codename and the SHA-256 and size of every index it lists, which is how
 * a Packages index is trusted once the Release's signature is.
 */
public record ReleaseFile(String suite, String codename, String date, Map<String, Entry> sha256) {

    /** One index listed in the Release's SHA256 field. */
    public record Entry(String sha256, long size) {
    }

    public ReleaseFile {
        sha256 = Map.copyOf(sha256);
    }

    /** Parses a Release file; one without a SHA256 field, or with a malformed line in it, is refused. */
    public static ReleaseFile parse(byte[] release) throws IOException {
        Map<String, String> fields = new HashMap<>();
        ControlParagraphs.read(new ByteArrayInputStream(release), null, paragraph -> {
            if (fields.isEmpty()) {
                paragraph.forEach((name, value) -> fields.put(name.toLowerCase(Locale.ROOT), value));
            }
        });
        String list = fields.get("sha256");
        if (list == null || list.isBlank()) {
            throw new IOException("the Release file has no SHA256 field");
        }
        Map<String, Entry> entries = new HashMap<>();
        for (String line : list.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 3 || !parts[0].toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")
                    || !parts[1].matches("[0-9]{1,19}")) {
                throw new IOException("the Release file's SHA256 field has a malformed line: " + line.strip());
            }
            entries.put(parts[2], new Entry(parts[0].toLowerCase(Locale.ROOT), Long.parseLong(parts[1])));
        }
        return new ReleaseFile(fields.getOrDefault("suite", ""), fields.getOrDefault("codename", ""),
                fields.getOrDefault("date", ""), entries);
    }

    public Optional<Entry> entry(String path) {
        return Optional.ofNullable(sha256.get(path));
    }

    /** Whether this Release is the named suite's (by codename or suite name, as apt accepts either). */
    public boolean isFor(String suiteOrCodename) {
        return suiteOrCodename.equals(codename) || suiteOrCodename.equals(suite);
    }
}
