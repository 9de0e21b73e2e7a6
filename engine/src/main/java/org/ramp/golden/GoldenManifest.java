package org.ramp.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ramp.util.AtomicFiles;

/**
 * What the golden folder holds: every file's SHA-256 (paths relative to the golden folder), the
 * workload version, and the image and clang that produced them. Written without timestamps, so that
 * regenerating identical artifacts gives an identical manifest.
 */
public record GoldenManifest(int schemaVersion, String workload, String workloadVersion, String toolchainImage,
        String imageId, String clangVersion, int programs, SortedMap<String, String> files) {

    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public GoldenManifest {
        files = new TreeMap<>(files);
    }

    public static GoldenManifest read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), GoldenManifest.class);
    }

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsString(this) + "\n");
    }
}
