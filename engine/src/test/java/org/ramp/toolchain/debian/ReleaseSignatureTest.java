package org.ramp.toolchain.debian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.junit.jupiter.api.Test;

/**
 * Release signatures: bookworm's real Release and Release.gpg against the Debian keys the engine
 * ships, and keys made here for the cases the real files cannot show.
 */
class ReleaseSignatureTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ReleaseSignatureTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void bookwormsReleaseIsVouchedForByDebiansKeys() throws Exception {
        var signers = ReleaseSignature.debian().verify(resource("bookworm-Release"), resource("bookworm-Release.gpg"));
        assertThat(signers).contains("Debian Archive Automatic Signing Key (12/bookworm) <ftpmaster@debian.org>",
                "Debian Stable Release Key (12/bookworm) <debian-release@lists.debian.org>");
    }

    @Test
    void oneChangedByteOfTheReleaseIsCaught() throws Exception {
        byte[] release = resource("bookworm-Release");
        String text = new String(release, StandardCharsets.UTF_8);
        byte[] changed = text.replaceFirst("[0-9a-f]{64}", "0".repeat(64)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReleaseSignature.debian().verify(changed, resource("bookworm-Release.gpg")))
                .isInstanceOf(ReleaseSignature.SignatureException.class)
                .hasMessageContaining("does not match the Release file");
    }

    @Test
    void aSignatureByAKeyNobodyTrustsDoesNotCount() throws Exception {
        TestSigningKey stranger = TestSigningKey.make("Stranger <stranger@example.org>");
        byte[] release = "Codename: bookworm\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReleaseSignature.debian().verify(release, stranger.sign(release, HashAlgorithmTags.SHA256)))
                .isInstanceOf(ReleaseSignature.SignatureException.class)
                .hasMessage("none of its 1 signatures is by a trusted key with a strong hash");
    }

    @Test
    void anotherKeyringCanBeTrusted() throws Exception {
        TestSigningKey mirror = TestSigningKey.make("In-house mirror <apt@example.org>");
        byte[] release = "Codename: bookworm\n".getBytes(StandardCharsets.UTF_8);
        var trust = ReleaseSignature.trusting(new ByteArrayInputStream(mirror.publicKeyring()));
        assertThat(trust.verify(release, mirror.sign(release, HashAlgorithmTags.SHA512)))
                .containsExactly("In-house mirror <apt@example.org>");
    }

    @Test
    void aSha1SignatureDoesNotCount() throws Exception {
        TestSigningKey mirror = TestSigningKey.make("Old mirror <apt@example.org>");
        byte[] release = "Codename: bookworm\n".getBytes(StandardCharsets.UTF_8);
        var trust = ReleaseSignature.trusting(new ByteArrayInputStream(mirror.publicKeyring()));
        assertThatThrownBy(() -> trust.verify(release, mirror.sign(release, HashAlgorithmTags.SHA1)))
                .isInstanceOf(ReleaseSignature.SignatureException.class)
                .hasMessageContaining("strong hash");
    }

    @Test
    void somethingThatIsNoSignatureIsRefused() {
        byte[] release = "Codename: bookworm\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReleaseSignature.debian().verify(release,
                "<html>404 Not Found</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReleaseSignature.SignatureException.class);
    }

    @Test
    void theReleaseListsItsIndexesWithChecksums() throws IOException {
        ReleaseFile release = ReleaseFile.parse(resource("bookworm-Release"));
        assertThat(release.codename()).isEqualTo("bookworm");
        assertThat(release.isFor("bookworm")).isTrue();
        assertThat(release.isFor("trixie")).isFalse();
        assertThat(release.entry("main/binary-amd64/Packages.xz")).hasValueSatisfying(entry -> {
            assertThat(entry.sha256()).isEqualTo("9e0b5aabb2465b3d2e7a7fe27f9913846277833f7a2826e7767acccff5b588c5");
            assertThat(entry.size()).isEqualTo(8790396);
        });
    }

    @Test
    void aReleaseWithoutSha256IsRefused() {
        assertThatThrownBy(() -> ReleaseFile.parse("Codename: bookworm\nMD5Sum:\n 0 1 x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessage("the Release file has no SHA256 field");
        assertThatThrownBy(() -> ReleaseFile.parse("Codename: bookworm\nSHA256:\n abc 1 x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("malformed line: abc 1 x");
    }
}
