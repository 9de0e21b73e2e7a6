package org.ramp.toolchain.debian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Hashing;

/**
 * Files from the mirror kept in the user's cache by their SHA-256, so that a rebuild downloads nothing
 * it has. A file is only ever stored after its checksum matched, under a temporary name first and then
 * renamed, so that two builds at once never see half a file; a cached file is checked again when used.
 */
public final class DownloadCache {
    private final Path dir;
    private final DebianMirror mirror;

    public DownloadCache(Path dir, DebianMirror mirror) {
        this.dir = dir;
        this.mirror = mirror;
    }

    /** Whether the file with this checksum is cached already (not checked here). */
    public boolean has(String sha256) {
        return Files.isRegularFile(dir.resolve(sha256));
    }

    /**
     * The cached file with this checksum, downloaded from {@code path} on the mirror when missing.
     *
     * @param what what the file is, for messages ("package apt 2.6.1")
     */
    public Path get(String path, String sha256, long size, String what) {
        Path file = dir.resolve(sha256);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(file)) {
                if (Files.size(file) == size && Hashing.sha256(file).equals(sha256)) {
                    return file;
                }
                Files.delete(file);
            }
            Path part = Files.createTempFile(dir, "." + sha256.substring(0, 12) + "-", ".part");
            try {
                String actual = mirror.download(path, part);
                long actualSize = Files.size(part);
                if (!actual.equals(sha256) || actualSize != size) {
                    throw new MirrorException("checksum mismatch for " + what + ": " + mirror.url(path)
                            + " gave " + actualSize + " bytes with SHA-256 " + actual + ", but the signed index says "
                            + size + " bytes with SHA-256 " + sha256 + "; the mirror " + mirror.url()
                            + " is damaged or out of step: try again later or set RAMP_DEBIAN_MIRROR to another mirror");
                }
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new SandboxException("cannot write the download cache " + dir + " (" + what + "): "
                    + e.getClass().getSimpleName() + " " + e.getMessage()
                    + "; make it writable, or point XDG_CACHE_HOME elsewhere", e);
        }
    }
}
