package org.ramp.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.ramp.archive.ArchiveBounds;
import org.ramp.archive.TarExtractor;
import org.ramp.archive.TarPlan;
import org.ramp.util.FileTrees;

/**
 * The agent's workspace during its agent phase: a memory volume of its container, bounded, filled from
 * the host's copy (in the run folder) when the container starts and copied back when the phase ends.
 * Both ways go through the container runtime's archive copy, so that the host never opens a path inside
 * the container: going in, the host's tree becomes a bounded tar stream (links as links, never followed)
 * owned by the agent's user; coming out, the stream is extracted into a fresh folder that accepts only
 * folders, regular files and links kept as links, within the bound by apparent size (a sparse file
 * counts in full and is never written out densely), and then takes the place of the host's copy.
 * A workspace over its bound is not brought back: the host keeps the copy the phase started with.
 */
public final class AgentWorkspace {
    /** Where the workspace is in the agent's container. */
    public static final String PATH = "/workspace";
    /** The most files and folders a workspace may hold: the volume's inodes and the archive's entries. */
    public static final int MAX_ENTRIES = 200_000;
    /**
     * The volume is this much larger than the bound, so that a workspace that tried to grow past its bound
     * is seen to be over it (rather than merely full) and the stage fails with the reason.
     */
    static final long HEADROOM = 64L << 20;
    /** The agent's user owns the workspace in the container: "uid:gid" of {@link ContainerProfile#TOOLCHAIN_USER}. */
    private static final int UID = 1000;
    private static final int GID = 1000;

    private final Path host;
    private final long quota;

    /**
     * @param host  the host's copy of the workspace (the run folder's {@code workspace/})
     * @param quota the most bytes its files may hold (apparent sizes)
     */
    public AgentWorkspace(Path host, long quota) {
        if (quota < 1) {
            throw new IllegalArgumentException("a workspace bound must be positive: " + quota);
        }
        this.host = host;
        this.quota = quota;
    }

    public long quota() {
        return quota;
    }

    /** The memory the volume may take at most (it counts against the container's memory). */
    public long volumeBytes() {
        return quota + HEADROOM;
    }

    /** The volume: a tmpfs of the bound and its headroom, owned by the agent's user, no setuid, no devices. */
    public Mount mount() {
        return Mount.memoryVolume(PATH, "size=" + volumeBytes() + ",nr_inodes=" + MAX_ENTRIES + ",uid=" + UID
                + ",gid=" + GID + ",mode=0755,nosuid,nodev");
    }

    /**
     * What the container will be given: the host's copy as a tar stream owned by the agent's user, planned
     * now so that a copy over the bound is known before any container starts.
     *
     * @throws org.ramp.archive.ArchiveLimitException naming the path and the bound
     */
    public TarPlan plan() {
        recover();
        return new TarPlan(bounds()).owner(UID, GID).keepTimes().tree(host, "", relative -> true);
    }

    /** Fills the volume of a running container with a plan made by {@link #plan()}. */
    public void copyIn(DockerEngine docker, String containerId, TarPlan plan) {
        ContainerArchives.copyIn(docker, containerId, plan, PATH);
    }

    /**
     * What came back from the container.
     *
     * @param kept      the host's copy was replaced by the container's workspace
     * @param bytes     the bytes of the files brought back
     * @param files     how many files were brought back
     * @param refused   what was left out and why (pipes, sockets, devices, paths too long...)
     * @param overBound when the workspace was over its bound, the reason naming the bound and the size;
     *                  then nothing was kept
     */
    public record CopyBack(boolean kept, long bytes, int files, List<String> refused, String overBound) {
        public CopyBack {
            refused = List.copyOf(refused);
        }
    }

    /**
     * Copies the workspace out of the container (which no process of the agent may change meanwhile: it is
     * paused) and, when it is within its bound, puts it in place of the host's copy.
     */
    public CopyBack copyOut(DockerEngine docker, String containerId) {
        Path parent = host.toAbsolutePath().getParent();
        Path incoming;
        try {
            incoming = Files.createTempDirectory(parent, ".workspace-incoming-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the workspace's copy in " + parent, e);
        }
        try {
            TarExtractor.Result result;
            // buffered: the tar reader's small reads are slow on the engine's connection
            try (InputStream tar = new java.io.BufferedInputStream(ContainerArchives.copyOut(docker, containerId, PATH),
                    1 << 20)) {
                result = TarExtractor.extractTree(tar, incoming, bounds());
            } catch (IOException e) {
                throw new SandboxException("cannot copy the workspace out of container "
                        + DockerEngine.shortId(containerId) + ": " + e.getMessage(), e);
            }
            int files = result.files().size();
            if (result.overBound() != null) {
                String reason = String.format(Locale.ROOT, "the workspace is over its bound of %s (%d bytes, apparent"
                        + " sizes: a sparse file counts in full): %s; it is not copied back, and the host keeps the"
                        + " workspace the stage started with", size(quota), quota, result.overBound());
                return new CopyBack(false, result.bytes(), files, result.refused(), reason);
            }
            Path fresh = incoming.resolve(PATH.substring(1));
            if (!Files.isDirectory(fresh, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(fresh);
            }
            replaceHost(fresh);
            return new CopyBack(true, result.bytes(), files, result.refused(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the workspace back in " + host, e);
        } finally {
            FileTrees.delete(incoming);
        }
    }

    /** "2.0 GiB": a bound or size for a person. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private ArchiveBounds bounds() {
        return new ArchiveBounds(quota, MAX_ENTRIES + 1);
    }

    /**
     * Moves the fresh copy into place: aside first as {@code .workspace-next}, so that a process killed
     * between the two renames leaves a complete copy that {@link #recover()} puts back.
     */
    private void replaceHost(Path fresh) throws IOException {
        Path next = host.resolveSibling(".workspace-next");
        Path old = host.resolveSibling(".workspace-old");
        FileTrees.delete(next);
        FileTrees.delete(old);
        Files.move(fresh, next, StandardCopyOption.ATOMIC_MOVE);
        Files.move(host, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(next, host, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(old);
    }

    /** After a process was killed half-way through {@link #replaceHost}: the complete copy takes its place. */
    private void recover() {
        Path next = host.resolveSibling(".workspace-next");
        Path old = host.resolveSibling(".workspace-old");
        try {
            if (!Files.exists(host, LinkOption.NOFOLLOW_LINKS)) {
                Path complete = Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS) ? next : old;
                if (Files.isDirectory(complete, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(complete, host, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            FileTrees.delete(next);
            FileTrees.delete(old);
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(host.toAbsolutePath().getParent(),
                    ".workspace-incoming-*")) {
                stale.forEach(FileTrees::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the workspace " + host, e);
        }
    }
}
