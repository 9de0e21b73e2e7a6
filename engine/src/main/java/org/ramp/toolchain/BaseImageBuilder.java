package org.ramp.toolchain;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.ramp.sandbox.ContainerSpec;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.SandboxException;
import org.ramp.toolchain.debian.DebianMirror;
import org.ramp.toolchain.debian.DownloadCache;
import org.ramp.util.Progress;

/**
 * Builds the base image with nothing but a Docker engine and the Debian mirror, as any user allowed
 * to use Docker: no root on the host, no debootstrap, no registry.
 * <ol>
 * <li>the packages are chosen and fetched, checked against the signed Release ({@link BasePackages});</li>
 * <li>the first stage, the required packages' files unpacked with root ownership written into the tar
 *     ({@link BootstrapTar}), is imported as a temporary image;</li>
 * <li>a container of it, without network, installs every package with dpkg ({@code stage2.sh}, what
 *     debootstrap's second stage does);</li>
 * <li>that container's file system, less what Docker itself put there, is imported as the base: one
 *     layer, without the .deb files.</li>
 * </ol>
 * The temporary image and container are removed whatever happens; their names are unique, so that
 * builds by other users of the same engine cannot collide.
 */
public final class BaseImageBuilder {
    /** Docker's own files in every container (mount points, its init and its marker), not part of the base. */
    static final Set<String> DOCKER_FILES = Set.of(".dockerenv", "etc/hostname", "etc/hosts", "etc/resolv.conf",
            "dev/console", "usr/sbin/docker-init");
    private static final String STAGE_REPOSITORY = "ramp-base-stage1";
    private static final Duration STAGE2_TIMEOUT = Duration.ofMinutes(30);

    private final DockerEngine docker;
    private final UserCache cache;
    private final Progress progress;

    public BaseImageBuilder(DockerEngine docker, UserCache cache, Progress progress) {
        this.docker = docker;
        this.cache = cache;
        this.progress = progress;
    }

    public void build(BaseImage base) {
        long started = System.nanoTime();
        DebianMirror mirror = new DebianMirror(base.mirror());
        BootstrapPlan plan = new BasePackages(mirror, new DownloadCache(cache.downloads(), mirror),
                BasePackages.trustedKeys(), progress).plan(base);
        progress.line("packages verified (" + seconds(started) + ")");
        String unique = base.hash().substring(0, 12) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Leftovers leftovers = new Leftovers(STAGE_REPOSITORY + ":" + unique);
        Thread onInterrupt = new Thread(leftovers::remove, "ramp-base-cleanup");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            leftovers.work = Files.createDirectories(cache.work().resolve("base-" + unique));
            long phase = System.nanoTime();
            Path stage1 = leftovers.work.resolve("stage1.tar");
            BootstrapTar.write(plan, BaseImage.stage2Script(), stage1);
            importTar(stage1, leftovers.stageTag);
            progress.line(String.format(Locale.ROOT, "first stage: %d required packages unpacked into a %.0f MB tar, "
                    + "imported (%s)", plan.required().size(), Files.size(stage1) / 1e6, seconds(phase)));
            progress.line("second stage: dpkg installs " + (plan.required().size() + plan.base().size())
                    + " packages in a container without network (about a minute)");
            phase = System.nanoTime();
            leftovers.container = docker.start(new ContainerSpec(leftovers.stageTag,
                    List.of("/usr/bin/bash", "/" + BootstrapTar.SCRIPT), List.of(), "0:0", 2L << 30, 2.0, 4096, "none",
                    Map.of(DockerEngine.LABEL, "base-stage2"), STAGE2_TIMEOUT));
            int exit = docker.await(leftovers.container, STAGE2_TIMEOUT);
            if (exit != 0) {
                throw new SandboxException("the base's second stage (dpkg in " + leftovers.stageTag + ") "
                        + (exit == DockerEngine.TIMED_OUT ? "did not end within " + STAGE2_TIMEOUT.toMinutes()
                        + " minutes" : "failed with exit status " + exit) + "; its last lines:\n"
                        + docker.logTail(leftovers.container, 30));
            }
            progress.line("second stage done (" + seconds(phase) + ")");
            phase = System.nanoTime();
            Path rootfs = leftovers.work.resolve("base.tar");
            try (InputStream export = docker.export(leftovers.container)) {
                withoutDockerFiles(export, rootfs);
            }
            importTar(rootfs, base.tag());
            progress.line(String.format(Locale.ROOT, "exported and imported as %s, %.0f MB in one layer (%s)",
                    base.tag(), Files.size(rootfs) / 1e6, seconds(phase)));
        } catch (IOException e) {
            throw new SandboxException("building the base image failed: " + e.getMessage(), e);
        } finally {
            leftovers.remove();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway, and finds nothing left to remove
            }
        }
        if (docker.image(base.tag()).isEmpty()) {
            throw new SandboxException("docker import ended but " + base.tag() + " is not there");
        }
        progress.line("base image " + base.tag() + " ready in " + seconds(started));
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - since) / 1e9);
    }

    /**
     * What a build leaves until it ends: the first stage's image, the second stage's container, the
     * temporary tars. Removed at the end, and by a shutdown hook when the build is interrupted.
     */
    private final class Leftovers {
        final String stageTag;
        volatile String container;
        volatile Path work;

        Leftovers(String stageTag) {
            this.stageTag = stageTag;
        }

        synchronized void remove() {
            if (container != null) {
                docker.remove(container);
                container = null;
            }
            docker.removeImage(stageTag);
            if (work != null) {
                org.ramp.util.FileTrees.delete(work);
                work = null;
            }
        }
    }

    private void importTar(Path tar, String tag) throws IOException {
        String[] parts = tag.split(":", 2);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar), 1 << 16)) {
            docker.importImage(in, parts[0], parts[1]);
        }
    }

    /** Copies a container's export, leaving out Docker's own files. */
    static void withoutDockerFiles(InputStream export, Path target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(export, StandardCharsets.UTF_8.name());
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                TarArchiveOutputStream out = new TarArchiveOutputStream(file, StandardCharsets.UTF_8.name())) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (TarArchiveEntry entry; (entry = in.getNextTarEntry()) != null; ) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (DOCKER_FILES.contains(name)) {
                    continue;
                }
                out.putArchiveEntry(entry);
                in.transferTo(out); // the entry's content: nothing but for regular files
                out.closeArchiveEntry();
            }
            out.finish();
        }
    }
}
