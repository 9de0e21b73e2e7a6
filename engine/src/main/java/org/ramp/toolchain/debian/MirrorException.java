package org.ramp.toolchain.debian;

import org.ramp.sandbox.SandboxException;

/**
 * The Debian mirror could not give what the base needs: unreachable, a missing file, a checksum or
 * signature that does not match, a dependency no package satisfies. An environment failure (exit 3);
 * the message names the mirror's URL and the package or file.
 */
public class MirrorException extends SandboxException {
    public MirrorException(String message) {
        super(message);
    }

    public MirrorException(String message, Throwable cause) {
        super(message, cause);
    }
}
