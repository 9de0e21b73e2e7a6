package org.ramp.toolchain;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.ramp.toolchain.debian.DebFile;
import org.ramp.toolchain.debian.DebianPackage;

/**
 * The first stage's root file system as one tar, what `docker import` makes an image of: the merged
 * /usr layout bookworm expects (bin, sbin, lib, lib64 as links into usr), the files of every required
 * package, an empty dpkg database, apt's sources.list, and the .deb files with the second stage's
 * script and lists. Every entry is owned by root in the header, whoever writes the tar, so no root is
 * needed on the host; dpkg sets the real owners when it installs the packages in the second stage.
 */
public final class BootstrapTar {
    /** Where the .deb files and the second stage's script go inside the first stage (removed by it). */
    public static final String STAGE = "var/cache/ramp-bootstrap";
    public static final String SCRIPT = STAGE + "/stage2.sh";
    /** The top-level folders that are links into /usr in bookworm's merged layout (amd64). */
    static final List<String> MERGED = List.of("bin", "sbin", "lib", "lib64");
    /** base-passwd's fixed user and group ids end here; higher ids are given out when installing. */
    static final long FIXED_IDS = 100;

    private final TarArchiveOutputStream tar;
    private final Set<String> written = new HashSet<>();

    private BootstrapTar(OutputStream out) {
        this.tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    /** Writes the first stage of {@code plan} to {@code target}. */
    public static void write(BootstrapPlan plan, byte[] stage2Script, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            BootstrapTar writer = new BootstrapTar(out);
            writer.layout();
            for (DebianPackage pkg : plan.required()) {
                Path deb = plan.debs().get(pkg.name());
                try {
                    DebFile.readData(deb, writer::copy);
                } catch (IOException e) {
                    throw new IOException("cannot unpack " + pkg + " (" + deb + "): " + e.getMessage(), e);
                }
            }
            writer.file("var/lib/dpkg/status", new byte[0], 0644);
            writer.file("var/lib/dpkg/available", new byte[0], 0644);
            writer.file("etc/fstab", "# UNCONFIGURED FSTAB FOR BASE SYSTEM\n".getBytes(StandardCharsets.UTF_8), 0644);
            writer.file("etc/apt/sources.list",
                    ("deb " + plan.mirror() + " " + plan.suite() + " main\n").getBytes(StandardCharsets.UTF_8), 0644);
            writer.stage(plan, stage2Script);
            writer.tar.finish();
        }
    }

    private void layout() throws IOException {
        directory("usr", 0755);
        for (String dir : MERGED) {
            directory("usr/" + dir, 0755);
            TarArchiveEntry link = rootOwned(new TarArchiveEntry(dir, TarConstants.LF_SYMLINK), 0777);
            link.setLinkName("usr/" + dir);
            put(link, null);
        }
    }

    private void stage(BootstrapPlan plan, byte[] script) throws IOException {
        file(SCRIPT, script, 0755);
        file(STAGE + "/core.list", list(plan.core()), 0644);
        file(STAGE + "/required.list", list(plan.required()), 0644);
        file(STAGE + "/base.list", list(plan.base()), 0644);
        for (DebianPackage pkg : concat(plan.required(), plan.base())) {
            Path deb = plan.debs().get(pkg.name());
            TarArchiveEntry entry = rootOwned(new TarArchiveEntry(STAGE + "/debs/" + pkg.debFileName()), 0644);
            entry.setSize(Files.size(deb));
            try (InputStream in = Files.newInputStream(deb)) {
                put(entry, in);
            }
        }
    }

    private static byte[] list(List<DebianPackage> packages) {
        StringBuilder text = new StringBuilder();
        packages.forEach(pkg -> text.append(pkg.debFileName()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<DebianPackage> concat(List<DebianPackage> a, List<DebianPackage> b) {
        List<DebianPackage> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One entry of a package's data.tar, moved into the merged layout, with the owner the class comment says. */
    private void copy(TarArchiveEntry source, InputStream content) throws IOException {
        String name = inImage(source.getName());
        if (name == null || source.isCharacterDevice() || source.isBlockDevice() || source.isFIFO()) {
            return; // the root itself, or a device or fifo: dpkg makes those in the second stage
        }
        int mode = source.getMode() & 07777;
        TarArchiveEntry entry;
        boolean regular = false;
        if (source.isDirectory()) {
            entry = new TarArchiveEntry(name + "/", TarConstants.LF_DIR);
        } else if (source.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(source.getLinkName());
        } else if (source.isLink()) {
            String target = inImage(source.getLinkName());
            if (target == null) {
                throw new IOException("hard link " + source.getName() + " points outside the package: "
                        + source.getLinkName());
            }
            entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
            entry.setLinkName(target);
        } else {
            entry = new TarArchiveEntry(name);
            entry.setSize(source.getSize());
            regular = true;
        }
        rootOwned(entry, mode);
        entry.setModTime(source.getModTime());
        if (source.getLongUserId() < FIXED_IDS && source.getLongGroupId() < FIXED_IDS) {
            entry.setIds((int) source.getLongUserId(), (int) source.getLongGroupId());
            entry.setNames(source.getLongUserId() == 0 ? "root" : source.getUserName(),
                    source.getLongGroupId() == 0 ? "root" : source.getGroupName());
        }
        put(entry, regular ? content : null);
    }

    /**
     * A path of a data.tar as it lands in the image: relative, with bin, sbin, lib, lib64 under usr;
     * null for the root itself. A path that climbs out ({@code ..}) is refused.
     */
    static String inImage(String path) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                throw new IOException("path climbs out of the package: " + path);
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (MERGED.contains(parts.get(0))) {
            parts.add(0, "usr");
        }
        return String.join("/", parts);
    }

    private void directory(String name, int mode) throws IOException {
        put(rootOwned(new TarArchiveEntry(name + "/", TarConstants.LF_DIR), mode), null);
    }

    private void file(String name, byte[] content, int mode) throws IOException {
        TarArchiveEntry entry = rootOwned(new TarArchiveEntry(name), mode);
        entry.setSize(content.length);
        put(entry, new java.io.ByteArrayInputStream(content));
    }

    private static TarArchiveEntry rootOwned(TarArchiveEntry entry, int mode) {
        entry.setIds(0, 0);
        entry.setNames("root", "root");
        entry.setMode((entry.isDirectory() ? 040000 : entry.isSymbolicLink() ? 0120000 : 0100000) | mode);
        return entry;
    }

    /** Writes an entry once: a path that two packages (or a package and the layout) share is kept as first written. */
    private void put(TarArchiveEntry entry, InputStream content) throws IOException {
        String key = entry.getName().endsWith("/") ? entry.getName().substring(0, entry.getName().length() - 1)
                : entry.getName();
        if (!written.add(key)) {
            return;
        }
        tar.putArchiveEntry(entry);
        if (content != null) {
            content.transferTo(tar); // the tar refuses more or fewer bytes than the header says
        }
        tar.closeArchiveEntry();
    }
}
