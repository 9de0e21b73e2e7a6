package org.ramp.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * What a command run in a running container did.
 *
 * @param truncated stdout or stderr was longer than the bound and was cut
 */
public record ExecResult(int exitCode, boolean timedOut, byte[] stdout, byte[] stderr, boolean truncated,
        double seconds) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
