package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.run.RunFixture;

/**
 * The agent tries to gain privileges or space: setuid programs (su, mount, passwd and every other), user
 * namespaces, devices, writing the image, filling /tmp and HOME. It is the unprivileged user throughout,
 * no process gains a capability, the image is read-only and /tmp and HOME are small and bounded.
 */
class PrivilegeAttackIT {
    private static RunFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    @Test
    void noProgramGainsPrivilegesTheImageIsReadOnlyAndTmpAndHomeAreBounded() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("who", "id; grep -E '^(NoNewPrivs|CapInh|CapPrm|CapEff|CapBnd|CapAmb):' /proc/self/status"));
        script.add(shell("setuid", "su -c id root < /dev/null; echo su=$?; mount -t tmpfs none /mnt; echo mount=$?;"
                + " echo ramp | passwd -d ramp; echo passwd=$?; unshare -r id; echo unshare=$?;"
                + " mknod /tmp/null c 1 3; echo mknod=$?"));
        // setuid programs that wait for a password: caught running, they are still the agent's user in every
        // uid (without the hardening they run as "Uid: 1000 0 0 0")
        script.add(shell("setuid-uids", "find / -xdev -perm /6000 -type f 2>/dev/null | sort | tr '\\n' ' '; echo;"
                + " for p in su passwd chsh newgrp; do (sleep 4 | $p > /dev/null 2>&1 &); done; sleep 1.5;"
                + " for p in su passwd chsh newgrp; do echo \"$p $(grep ^Uid /proc/$(pgrep -x $p | head -1)/status)\";"
                + " done"));
        script.add(shell("image", "for f in /x /etc/x /usr/bin/x /var/tmp/x /opt/ramp/x; do touch $f 2>&1; done;"
                + " echo image-done"));
        script.add(shell("mounts", "grep -E ' (/tmp|/home/ramp|/workspace) ' /proc/mounts; df -B1 --output=size,target"
                + " /tmp /home/ramp /workspace"));
        script.add(shell("fill", "head -c 700M /dev/zero > /tmp/fill; echo tmp=$?; rm -f /tmp/fill;"
                + " head -c 700M /dev/zero > ~/fill; echo home=$?; rm -f ~/fill; echo small > ~/.config-probe &&"
                + " echo home-writable; echo $HOME"));
        script.add(finish("t0-done"));
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("privileges"), 1, script);

        assertThat(run.toolResult("who")).contains("uid=1000(ramp) gid=1000(ramp)").contains("NoNewPrivs:\t1")
                .contains("CapEff:\t0000000000000000").contains("CapBnd:\t0000000000000000")
                .contains("CapPrm:\t0000000000000000").contains("CapAmb:\t0000000000000000");
        assertThat(run.toolResult("setuid")).contains("su=1").contains("mount=32").containsPattern("passwd=[1-9]")
                .containsPattern("unshare=[1-9]").containsPattern("mknod=[1-9]");
        String uids = run.toolResult("setuid-uids");
        assertThat(uids).contains("/usr/bin/su").contains("/usr/bin/mount").contains("/usr/bin/passwd");
        for (String program : List.of("su", "passwd", "chsh", "newgrp")) {
            assertThat(uids).contains(program + " Uid:\t1000\t1000\t1000\t1000");
        }
        assertThat(run.toolResult("image")).contains("image-done").doesNotContain("touch: cannot touch '/x': Permission")
                .contains("cannot touch '/x': Read-only file system")
                .contains("cannot touch '/etc/x': Read-only file system")
                .contains("cannot touch '/var/tmp/x': Read-only file system");
        String mounts = run.toolResult("mounts");
        for (String place : List.of("/tmp", "/home/ramp", "/workspace")) {
            assertThat(mounts).containsPattern(" " + place + " tmpfs rw,nosuid,nodev");
        }
        assertThat(mounts).containsPattern("536870912 +/tmp").containsPattern("536870912 +/home/ramp");
        assertThat(run.toolResult("fill")).contains("No space left on device").containsPattern("tmp=[1-9]")
                .containsPattern("home=[1-9]").contains("home-writable").contains("/home/ramp");
    }
}
