package org.ramp.toolchain.debian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading real .deb files: bookworm's hostname (xz) and small ones made by dpkg-deb (gzip, zstd). */
class DebFileTest {
    @TempDir
    Path dir;

    Path deb(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = DebFileTest.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> listing(Path deb) throws IOException {
        List<String> entries = new ArrayList<>();
        DebFile.readData(deb, (entry, content) -> {
            String kind = entry.isDirectory() ? "d" : entry.isSymbolicLink() ? "l" : entry.isLink() ? "h" : "f";
            String extra = entry.isSymbolicLink() || entry.isLink() ? " -> " + entry.getLinkName()
                    : entry.isDirectory() ? "" : " " + content.readAllBytes().length;
            entries.add(kind + " " + entry.getName() + extra);
        });
        return entries;
    }

    @Test
    void readsBookwormsXzCompressedData() throws IOException {
        Path deb = deb("hostname_3.23+nmu1_amd64.deb");
        assertThat(DebFile.dataMember(deb)).isEqualTo("data.tar.xz");
        assertThat(listing(deb)).contains("d ./bin/", "f ./bin/hostname 22680", "l ./bin/dnsdomainname -> hostname",
                "f ./usr/share/doc/hostname/copyright 1273").hasSize(20);
    }

    @Test
    void readsGzipCompressedDataWithHardLinks() throws IOException {
        Path deb = deb("ramp-test_1.0_all.deb");
        assertThat(DebFile.dataMember(deb)).isEqualTo("data.tar.gz");
        assertThat(listing(deb)).contains("f ./bin/tool 20", "h ./usr/bin/tool-again -> ./bin/tool",
                "l ./bin/tool-link -> tool");
    }

    @Test
    void zstdIsRefusedByName() throws IOException {
        Path deb = deb("ramp-test-zstd_1.0_all.deb");
        assertThatThrownBy(() -> listing(deb)).isInstanceOf(IOException.class)
                .hasMessage("ramp-test-zstd_1.0_all.deb has data.tar.zst, a compression the engine does not read "
                        + "(xz, gzip, bzip2 or none)");
    }

    @Test
    void aFileThatIsNoDebIsRefused() throws IOException {
        Path notDeb = Files.writeString(dir.resolve("index.html"), "<html>mirror error page</html>");
        assertThatThrownBy(() -> listing(notDeb)).isInstanceOf(IOException.class)
                .hasMessage("index.html is not a .deb (no ar header)");
    }
}
