package org.ramp.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.toolchain.debian.DebianMirror;
import org.ramp.toolchain.debian.DebianPackage;
import org.ramp.toolchain.debian.DownloadCache;
import org.ramp.toolchain.debian.LocalMirror;
import org.ramp.toolchain.debian.MirrorException;
import org.ramp.toolchain.debian.TestSigningKey;
import org.ramp.util.Hashing;
import org.ramp.util.Progress;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * The base's packages from a signed suite on a local HTTP mirror laid out as Debian's: the chain of
 * trust (signature, Release, Packages.xz, .deb) and what each broken link of it gives.
 */
class BasePackagesTest {
    private static final String INDEX = "dists/bookworm/main/binary-amd64/Packages.xz";

    @TempDir
    Path cacheDir;

    private LocalMirror mirror;
    private TestSigningKey archiveKey;
    private byte[] hostname;
    private byte[] rampTest;
    private byte[] other;

    @BeforeEach
    void lay() throws Exception {
        mirror = new LocalMirror();
        archiveKey = TestSigningKey.make("Test archive <archive@example.org>");
        hostname = resource("hostname_3.23+nmu1_amd64.deb");
        rampTest = resource("ramp-test_1.0_all.deb");
        other = resource("ramp-test-zstd_1.0_all.deb");
        mirror.put("pool/main/h/hostname/hostname_3.23+nmu1_amd64.deb", hostname);
        mirror.put("pool/main/r/ramp-test/ramp-test_1.0_all.deb", rampTest);
        mirror.put("pool/main/o/other/other_1.0_all.deb", other);
        publish(packages(), archiveKey);
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BasePackagesTest.class.getResourceAsStream("debian/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String paragraph(String name, String version, String priority, String depends, String file,
            byte[] deb) {
        return "Package: " + name + "\nVersion: " + version + "\nArchitecture: amd64\nPriority: " + priority + "\n"
                + (depends.isEmpty() ? "" : "Depends: " + depends + "\n")
                + "Filename: " + file + "\nSize: " + deb.length + "\nSHA256: " + Hashing.sha256(deb) + "\n\n";
    }

    private String packages() {
        String other = "pool/main/o/other/other_1.0_all.deb";
        return paragraph("hostname", "3.23+nmu1", "required", "ramp-test | nothing", "pool/main/h/hostname/"
                + "hostname_3.23+nmu1_amd64.deb", hostname)
                + paragraph("ramp-test", "1.0", "optional", "", "pool/main/r/ramp-test/ramp-test_1.0_all.deb", rampTest)
                + paragraph("usr-is-merged", "37", "optional", "", other, this.other)
                + paragraph("apt", "2.6.1", "important", "libapt-pkg6.0, hostname", other, this.other)
                + paragraph("libapt-pkg6.0", "2.6.1", "optional", "", other, this.other)
                + paragraph("vim", "2:9.0", "optional", "libapt-pkg6.0", other, this.other);
    }

    /** Puts Packages.xz, a Release listing its checksum, and the Release's signature by {@code key}. */
    private void publish(String packages, TestSigningKey key) throws Exception {
        ByteArrayOutputStream xz = new ByteArrayOutputStream();
        try (XZOutputStream out = new XZOutputStream(xz, new LZMA2Options())) {
            out.write(packages.getBytes(StandardCharsets.UTF_8));
        }
        byte[] index = xz.toByteArray();
        mirror.put(INDEX, index);
        byte[] release = ("Origin: Debian\nSuite: oldstable\nCodename: bookworm\nDate: Sat, 11 Jul 2026 10:16:37 UTC\n"
                + "SHA256:\n " + Hashing.sha256(index) + " " + index.length + " main/binary-amd64/Packages.xz\n")
                .getBytes(StandardCharsets.UTF_8);
        mirror.put("dists/bookworm/Release", release);
        mirror.put("dists/bookworm/Release.gpg", key.sign(release, HashAlgorithmTags.SHA256));
    }

    private BootstrapPlan plan() throws IOException {
        DebianMirror debian = new DebianMirror(mirror.url());
        return new BasePackages(debian, new DownloadCache(cacheDir, debian), archiveKey.trust(), Progress.SILENT)
                .plan(new BaseImage("bookworm", "minbase", "amd64", mirror.url()));
    }

    @Test
    void theRequiredPackagesAndAptWithWhatTheyNeedAreFetchedAndVerified() throws IOException {
        BootstrapPlan plan = plan();
        assertThat(plan.required()).extracting(DebianPackage::name)
                .containsExactly("hostname", "ramp-test", "usr-is-merged");
        assertThat(plan.base()).extracting(DebianPackage::name).containsExactly("apt", "libapt-pkg6.0");
        assertThat(plan.debs().get("hostname")).hasBinaryContent(hostname);
        assertThat(plan.mirror()).isEqualTo(mirror.url());
    }

    @Test
    void aRebuildDownloadsNothingAgain() throws IOException {
        plan();
        int first = mirror.requests();
        plan();
        // Release and Release.gpg only: the index and every .deb come from the cache
        assertThat(mirror.requests() - first).isEqualTo(2);
    }

    @Test
    void aReleaseSignedByAnotherKeyIsRefused() throws Exception {
        publish(packages(), TestSigningKey.make("Mallory <mallory@example.org>"));
        assertThatThrownBy(this::plan).isInstanceOf(MirrorException.class)
                .hasMessageContaining("the Release file " + mirror.url() + "/dists/bookworm/Release is not vouched "
                        + "for by a trusted key");
    }

    @Test
    void anIndexThatIsNotTheOneTheReleaseListsIsRefused() throws Exception {
        publish(packages(), archiveKey);
        mirror.put(INDEX, "not the signed index".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(this::plan).isInstanceOf(MirrorException.class)
                .hasMessageContaining("checksum mismatch for the index main/binary-amd64/Packages.xz")
                .hasMessageContaining(mirror.url() + "/" + INDEX);
    }

    @Test
    void aPackageThatIsNotTheOneTheIndexListsIsRefusedByName() {
        mirror.put("pool/main/r/ramp-test/ramp-test_1.0_all.deb", other);
        assertThatThrownBy(this::plan).isInstanceOf(MirrorException.class)
                .hasMessageContaining("checksum mismatch for package ramp-test 1.0: " + mirror.url()
                        + "/pool/main/r/ramp-test/ramp-test_1.0_all.deb gave");
    }

    @Test
    void aReleaseOfAnotherSuiteIsRefused() throws Exception {
        String trixie = "Origin: Debian\nCodename: trixie\nSHA256:\n " + "0".repeat(64) + " 1 main/binary-amd64/Packages.xz\n";
        mirror.put("dists/bookworm/Release", trixie.getBytes(StandardCharsets.UTF_8));
        mirror.put("dists/bookworm/Release.gpg", archiveKey.sign(trixie.getBytes(StandardCharsets.UTF_8),
                HashAlgorithmTags.SHA256));
        assertThatThrownBy(this::plan).isInstanceOf(MirrorException.class)
                .hasMessageContaining("is for trixie, not bookworm");
    }

    @Test
    void theSelectionRuleIsPartOfTheBasesHash() {
        assertThat(BasePackages.selection()).isEqualTo("priority:required,usr-is-merged,apt");
        BaseImage a = new BaseImage("bookworm", "minbase", "amd64", "http://deb.debian.org/debian");
        BaseImage b = new BaseImage("bookworm", "minbase", "amd64", "http://ftp.de.debian.org/debian");
        assertThat(a.tag()).startsWith("ramp-base:bookworm-").isNotEqualTo(b.tag()).isEqualTo(
                new BaseImage("bookworm", "minbase", "amd64", "http://deb.debian.org/debian").tag());
        assertThat(List.of(a.hash(), b.hash())).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }
}
