package org.ramp.toolchain.debian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a Packages index as bookworm's is written: continuation lines, several versions, virtual packages. */
class PackageIndexTest {
    static final String SHA = "a".repeat(64);

    static String paragraph(String name, String version, String priority, String extra) {
        return "Package: " + name + "\n"
                + "Version: " + version + "\n"
                + "Architecture: amd64\n"
                + "Maintainer: Someone <someone@example.org>\n"
                + "Priority: " + priority + "\n"
                + extra
                + "Description: the " + name + " package\n"
                + " A long description,\n"
                + " .\n"
                + " on several lines.\n"
                + "Filename: pool/main/" + name.charAt(0) + "/" + name + "/" + name + "_" + version + "_amd64.deb\n"
                + "Size: 1234\n"
                + "SHA256: " + SHA + "\n"
                + "\n";
    }

    static PackageIndex index(String text) throws IOException {
        return PackageIndex.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheFieldsAResolverAndADownloadNeed() throws IOException {
        PackageIndex index = index(paragraph("apt", "2.6.1", "important",
                "Depends: adduser, gpgv | gpgv2 | gpgv1,\n libapt-pkg6.0 (>= 2.6.1), libc6:any (>= 2.34) [amd64]\n"
                        + "Pre-Depends: libzstd1 (>= 1.5)\nProvides: apt-transport-https (= 2.6.1)\n"));
        DebianPackage apt = index.get("apt").orElseThrow();
        assertThat(apt.version()).isEqualTo("2.6.1");
        assertThat(apt.priority()).isEqualTo("important");
        assertThat(apt.depends()).containsExactly(List.of("libzstd1"), List.of("adduser"),
                List.of("gpgv", "gpgv2", "gpgv1"), List.of("libapt-pkg6.0"), List.of("libc6"));
        assertThat(apt.provides()).containsExactly("apt-transport-https");
        assertThat(apt.filename()).isEqualTo("pool/main/a/apt/apt_2.6.1_amd64.deb");
        assertThat(apt.size()).isEqualTo(1234);
        assertThat(apt.sha256()).isEqualTo(SHA);
        assertThat(index.providers("apt-transport-https")).containsExactly("apt");
    }

    @Test
    void theNewestOfSeveralVersionsIsKept() throws IOException {
        PackageIndex index = index(paragraph("linux-doc", "6.1.129-1", "optional", "")
                + paragraph("linux-doc", "6.1.140-1", "optional", "")
                + paragraph("linux-doc", "6.1.99-1", "optional", ""));
        assertThat(index.get("linux-doc").orElseThrow().version()).isEqualTo("6.1.140-1");
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void packagesOfAPriorityAreListedByName() throws IOException {
        PackageIndex index = index(paragraph("dpkg", "1.21.23", "required", "")
                + paragraph("bash", "5.2.15-2+b13", "required", "")
                + paragraph("vim", "2:9.0", "optional", ""));
        assertThat(index.withPriority("required")).extracting(DebianPackage::name).containsExactly("bash", "dpkg");
    }

    @Test
    void theDebFileNameEscapesTheEpoch() throws IOException {
        DebianPackage pkg = index(paragraph("bsdutils", "1:2.38.1-5+deb12u3", "required", "")).get("bsdutils")
                .orElseThrow();
        assertThat(pkg.debFileName()).isEqualTo("bsdutils_1%3a2.38.1-5+deb12u3_amd64.deb");
    }

    @Test
    void aParagraphWithoutChecksumIsRefusedByName() {
        String text = paragraph("bash", "5.2", "required", "").replace("SHA256: " + SHA + "\n", "");
        assertThatThrownBy(() -> index(text)).isInstanceOf(IOException.class)
                .hasMessageContaining("package bash has no SHA256 field");
    }

    @Test
    void aFilenameOutsideTheMirrorIsRefused() {
        String text = paragraph("bash", "5.2", "required", "")
                .replace("Filename: pool/main/b/", "Filename: ../../etc/");
        assertThatThrownBy(() -> index(text)).isInstanceOf(IOException.class)
                .hasMessageContaining("package bash has a Filename outside the mirror");
    }

    @Test
    void aMalformedSizeOrChecksumIsRefused() {
        assertThatThrownBy(() -> index(paragraph("bash", "5.2", "required", "").replace("Size: 1234", "Size: big")))
                .hasMessageContaining("package bash has a Size that is not a number: big");
        assertThatThrownBy(() -> index(paragraph("bash", "5.2", "required", "").replace(SHA, "xyz")))
                .hasMessageContaining("package bash has a SHA256 that is not 64 hex digits");
    }

    @Test
    void aLineThatIsNoFieldIsRefused() {
        assertThatThrownBy(() -> index("Package: bash\nthis is not a field\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a control field");
    }
}
