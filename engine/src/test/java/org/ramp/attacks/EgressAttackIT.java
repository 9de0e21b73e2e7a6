package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.run.RunFixture;

/**
 * The agent looks for a way out: the Internet by address and by name, UDP, IPv6, the Docker bridge and
 * the Docker socket. Its container has no network interface but loopback; the gateway, through the relay
 * on it, is the one thing it reaches.
 */
class EgressAttackIT {
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
    void nothingButTheGatewayIsReachable() throws Exception {
        String probe = "ls /sys/class/net; ls -l /var/run/docker.sock /run/docker.sock 2>&1 | sed 's/^/socket: /';"
                + " python3 - <<'EOF'\n"
                + "import json, os, socket, urllib.request\n"
                + "for host, port in [('1.1.1.1', 80), ('8.8.8.8', 53), ('172.17.0.1', 2375), ('172.17.0.1', 2376),"
                + " ('169.254.169.254', 80), ('deb.debian.org', 80), ('2606:4700:4700::1111', 80)]:\n"
                + "    try:\n"
                + "        socket.create_connection((host, port), timeout=3).close()\n"
                + "        print('REACHED', host, port)\n"
                + "    except OSError as e:\n"
                + "        print('BLOCKED', host, port)\n"
                + "try:\n"
                + "    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('8.8.8.8', 53))\n"
                + "    print('REACHED udp')\n"
                + "except OSError as e:\n"
                + "    print('BLOCKED udp')\n"
                + "request = urllib.request.Request(os.environ['OPENAI_BASE_URL'] + '/models',\n"
                + "    headers={'Authorization': 'Bearer ' + os.environ['OPENAI_API_KEY']})\n"
                + "print('GATEWAY', json.load(urllib.request.urlopen(request, timeout=10))['data'][0]['id'])\n"
                + "EOF";
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("egress"), 1,
                List.of(shell("probe", probe), finish("t0-done")));

        String result = run.toolResult("probe");
        assertThat(result).doesNotContain("REACHED").contains("GATEWAY " + LocalEndpoint.MODEL)
                .contains("BLOCKED 1.1.1.1 80").contains("BLOCKED deb.debian.org 80").contains("BLOCKED 172.17.0.1 2375")
                .contains("BLOCKED 2606:4700:4700::1111 80").contains("BLOCKED udp")
                .contains("socket: ls: cannot access '/var/run/docker.sock'");
        assertThat(result.substring(result.indexOf("--- stdout ---") + 15).lines().findFirst()).hasValue("lo");
    }
}
