package org.ramp.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.toolchain.debian.DebianPackage;
import org.ramp.util.Hashing;

/** The first stage's tar, made from real .deb files and read back as docker import reads it. */
class BootstrapTarTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = BootstrapTarTest.class.getResourceAsStream("debian/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static DebianPackage pkg(String name, String version, String arch, Path deb) {
        return new DebianPackage(name, version, arch, "required", List.of(), List.of(), "pool/" + deb.getFileName(),
                0, Hashing.sha256(deb));
    }

    /** Entry name to entry, and the content of regular files. */
    private record Tar(Map<String, TarArchiveEntry> entries, Map<String, byte[]> contents, List<String> order) {
    }

    private static Tar read(Path tar) throws IOException {
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        Map<String, byte[]> contents = new HashMap<>();
        List<String> order = new java.util.ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry entry; (entry = in.getNextTarEntry()) != null; ) {
                String name = entry.getName().replaceAll("/$", "");
                order.add(name);
                entries.put(name, entry);
                if (entry.isFile()) {
                    contents.put(name, in.readAllBytes());
                }
            }
        }
        return new Tar(entries, contents, order);
    }

    private Tar firstStage() throws IOException {
        Path hostname = resource("hostname_3.23+nmu1_amd64.deb");
        Path test = resource("ramp-test_1.0_all.deb");
        Path zstd = resource("ramp-test-zstd_1.0_all.deb");
        BootstrapPlan plan = new BootstrapPlan("http://mirror.example/debian", "bookworm",
                List.of(pkg("hostname", "3.23+nmu1", "amd64", hostname), pkg("ramp-test", "1.0", "all", test)),
                List.of(pkg("ramp-test-zstd", "1:1.0", "all", zstd)),
                Map.of("hostname", hostname, "ramp-test", test, "ramp-test-zstd", zstd));
        Path tar = dir.resolve("stage1.tar");
        BootstrapTar.write(plan, "#!/usr/bin/bash\necho stage 2\n".getBytes(StandardCharsets.UTF_8), tar);
        return read(tar);
    }

    @Test
    void layTheMergedUsrLayoutAndMoveThePackagesFilesIntoIt() throws IOException {
        Tar tar = firstStage();
        for (String top : List.of("bin", "sbin", "lib", "lib64")) {
            assertThat(tar.entries().get(top).isSymbolicLink()).isTrue();
            assertThat(tar.entries().get(top).getLinkName()).isEqualTo("usr/" + top);
            assertThat(tar.entries().get("usr/" + top).isDirectory()).isTrue();
        }
        assertThat(tar.contents().get("usr/bin/hostname")).hasSize(22680);
        assertThat(tar.entries().get("usr/bin/hostname").getMode()).isEqualTo(0100755);
        assertThat(tar.entries().get("usr/bin/dnsdomainname").getLinkName()).isEqualTo("hostname");
        assertThat(tar.entries().get("usr/bin/tool-again").isLink()).isTrue();
        assertThat(tar.entries().get("usr/bin/tool-again").getLinkName()).isEqualTo("usr/bin/tool");
        assertThat(tar.entries()).doesNotContainKeys("bin/hostname", "bin/tool", ".", "");
        assertThat(tar.order()).doesNotHaveDuplicates();
    }

    @Test
    void ownersAreRootOrTheFixedIdsOfBasePasswd() throws IOException {
        Tar tar = firstStage();
        TarArchiveEntry staff = tar.entries().get("var/local-test");
        assertThat(staff.getLongUserId()).isZero();
        assertThat(staff.getLongGroupId()).isEqualTo(50);
        assertThat(staff.getMode() & 07777).isEqualTo(02775);
        TarArchiveEntry dynamic = tar.entries().get("usr/share/ramp-test/owned-by-1234");
        assertThat(dynamic.getLongUserId()).isZero();
        assertThat(dynamic.getLongGroupId()).isZero();
        assertThat(tar.entries().values()).allSatisfy(entry -> {
            assertThat(entry.getLongUserId()).isZero();
            assertThat(entry.getLongGroupId()).isIn(0L, 50L);
        });
    }

    @Test
    void holdsAnEmptyDpkgDatabaseSourcesListAndTheSecondStage() throws IOException {
        Tar tar = firstStage();
        assertThat(tar.contents().get("var/lib/dpkg/status")).isEmpty();
        assertThat(new String(tar.contents().get("etc/apt/sources.list"), StandardCharsets.UTF_8))
                .isEqualTo("deb http://mirror.example/debian bookworm main\n");
        assertThat(tar.entries().get("var/cache/ramp-bootstrap/stage2.sh").getMode()).isEqualTo(0100755);
        assertThat(new String(tar.contents().get("var/cache/ramp-bootstrap/core.list"), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(new String(tar.contents().get("var/cache/ramp-bootstrap/required.list"), StandardCharsets.UTF_8))
                .isEqualTo("hostname_3.23+nmu1_amd64.deb\nramp-test_1.0_all.deb\n");
        assertThat(new String(tar.contents().get("var/cache/ramp-bootstrap/base.list"), StandardCharsets.UTF_8))
                .isEqualTo("ramp-test-zstd_1%3a1.0_all.deb\n");
        // the other packages are only carried for dpkg, not unpacked (this one could not be)
        assertThat(tar.contents().get("var/cache/ramp-bootstrap/debs/ramp-test-zstd_1%3a1.0_all.deb"))
                .isEqualTo(Files.readAllBytes(dir.resolve("ramp-test-zstd_1.0_all.deb")));
        assertThat(tar.contents().get("var/cache/ramp-bootstrap/debs/hostname_3.23+nmu1_amd64.deb")).hasSize(10500);
    }

    @Test
    void aPackageWhosePathClimbsOutIsRefused() throws IOException {
        Path evil = dir.resolve("evil_1.0_all.deb");
        writeDeb(evil, "./../../etc/cron.d/evil");
        BootstrapPlan plan = new BootstrapPlan("http://mirror.example/debian", "bookworm",
                List.of(pkg("evil", "1.0", "all", evil)), List.of(), Map.of("evil", evil));
        assertThatThrownBy(() -> BootstrapTar.write(plan, new byte[0], dir.resolve("stage1.tar")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot unpack evil 1.0")
                .hasMessageContaining("path climbs out of the package: ./../../etc/cron.d/evil");
    }

    @Test
    void pathsLandInTheMergedLayout() throws IOException {
        assertThat(BootstrapTar.inImage("./bin/bash")).isEqualTo("usr/bin/bash");
        assertThat(BootstrapTar.inImage("./lib64/ld-linux-x86-64.so.2")).isEqualTo("usr/lib64/ld-linux-x86-64.so.2");
        assertThat(BootstrapTar.inImage("./libexec/x")).isEqualTo("libexec/x");
        assertThat(BootstrapTar.inImage("./usr/lib/x86_64-linux-gnu/")).isEqualTo("usr/lib/x86_64-linux-gnu");
        assertThat(BootstrapTar.inImage("./")).isNull();
    }

    /** A .deb (ar of debian-binary, control.tar, data.tar) with one file, written here for the hostile case. */
    private static void writeDeb(Path target, String dataPath) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ArArchiveOutputStream ar = new ArArchiveOutputStream(file)) {
            member(ar, "debian-binary", "2.0\n".getBytes(StandardCharsets.US_ASCII));
            member(ar, "control.tar", tar("./control", "Package: evil\n".getBytes(StandardCharsets.UTF_8)));
            member(ar, "data.tar", tar(dataPath, "* * * * * root id\n".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void member(ArArchiveOutputStream ar, String name, byte[] content) throws IOException {
        ar.putArchiveEntry(new ArArchiveEntry(name, content.length));
        ar.write(content);
        ar.closeArchiveEntry();
    }

    private static byte[] tar(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }
}
