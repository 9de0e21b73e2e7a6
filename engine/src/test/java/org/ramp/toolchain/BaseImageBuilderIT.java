package org.ramp.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.sandbox.ContainerOutcome;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;

/**
 * Builds a base from the real Debian mirror in the real Docker engine (about a minute, the packages
 * downloaded into a fresh cache), then looks inside. The base gets a tag of its own (the mirror's URL
 * with a trailing slash is another recipe), so that the toolchain's base is neither used nor touched,
 * and it is removed afterwards.
 */
class BaseImageBuilderIT {
    @TempDir
    Path cacheDir;

    private static BaseImage ownBase() {
        BaseImage usual = BaseImage.bookworm();
        String mirror = usual.mirror().endsWith("/") ? usual.mirror().substring(0, usual.mirror().length() - 1)
                : usual.mirror() + "/";
        return new BaseImage(usual.suite(), usual.variant(), usual.architecture(), mirror);
    }

    private static String inside(DockerEngine docker, String tag, String script) {
        ContainerOutcome outcome = docker.run(ContainerProfile.offline(tag, "base-image-it")
                .spec(List.of("bash", "-c", script), List.of(), Duration.ofMinutes(2)));
        assertThat(outcome.exitCode()).as(outcome.logTail()).isZero();
        return outcome.logTail().strip();
    }

    @Test
    void buildsAOneLayerDebianWhereDpkgInstalledEveryPackage() {
        BaseImage base = ownBase();
        List<String> progress = new CopyOnWriteArrayList<>();
        try (DockerEngine docker = DockerEngine.connect()) {
            docker.removeImage(base.tag());
            try {
                new BaseImageBuilder(docker, new UserCache(cacheDir), progress::add).build(base);

                var image = docker.image(base.tag()).orElseThrow();
                assertThat(image.getRootFS().getLayers()).hasSize(1);
                assertThat(progress).anyMatch(line -> line.contains("signed by Debian Archive Automatic Signing Key"));
                // every package installed and configured, the same number as were resolved
                String counted = progress.stream().filter(line -> line.startsWith("second stage: dpkg installs "))
                        .findFirst().orElseThrow().replaceFirst("^second stage: dpkg installs (\\d+) packages.*", "$1");
                assertThat(inside(docker, base.tag(), "dpkg-query -W -f '${db:Status-Abbrev}\\n' | sort | uniq -c"))
                        .isEqualTo(counted + " ii");
                assertThat(inside(docker, base.tag(), "dpkg --audit; apt-get --version | head -1; "
                        + "stat -c '%U:%G %a' /var/local; readlink /bin /lib64; cat /etc/apt/sources.list; "
                        + "ls /var/cache/ramp-bootstrap /usr/sbin/docker-init 2>&1 | wc -l; awk 'BEGIN { print 6 * 7 }'"))
                        .startsWith("apt 2.6")
                        .contains("root:staff 2775", "usr/bin\nusr/lib64",
                                "deb " + base.mirror() + " bookworm main", "\n2\n42");
                // the cache holds the index and every .deb, by checksum
                assertThat(cacheDir.resolve("debian").toFile().list()).hasSizeGreaterThan(Integer.parseInt(counted));
                // the first stage's image is gone
                assertThat(docker.client().listImagesCmd().withReferenceFilter("ramp-base-stage1:"
                        + base.hash().substring(0, 12) + "-*").exec()).isEmpty();
            } finally {
                docker.removeImage(base.tag());
            }
        }
    }
}
