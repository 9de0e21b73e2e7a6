package org.ramp.sandbox;

import java.io.ByteArrayOutputStream;

/** Collects a stream's bytes up to a bound, remembering whether more came. */
final class BoundedOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int max;
    private boolean truncated;

    BoundedOutput(int max) {
        this.max = max;
    }

    synchronized void add(byte[] chunk) {
        int room = max - bytes.size();
        if (chunk.length > room) {
            truncated = true;
        }
        bytes.write(chunk, 0, Math.max(0, Math.min(room, chunk.length)));
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
