package org.ramp.sandbox;

import java.io.ByteArrayOutputStream;

/**
 * Collects a stream's bytes up to a bound, remembering whether more came. Past the bound, the first half
 * and the last half are kept: a command's errors are usually at the end of what it prints.
 */
final class BoundedOutput {
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final int headMax;
    private final byte[] tail;
    /** Bytes that went to the tail so far; the tail holds the last {@code tail.length} of them. */
    private long tailed;
    private boolean truncated;

    BoundedOutput(int max) {
        this.headMax = max / 2;
        this.tail = new byte[max - headMax];
    }

    synchronized void add(byte[] chunk) {
        int toHead = Math.max(0, Math.min(headMax - head.size(), chunk.length));
        head.write(chunk, 0, toHead);
        for (int i = toHead; i < chunk.length; i++) {
            tail[(int) (tailed++ % tail.length)] = chunk[i];
        }
        truncated = tailed > tail.length;
    }

    synchronized byte[] bytes() {
        int kept = (int) Math.min(tailed, tail.length);
        byte[] all = new byte[head.size() + kept];
        System.arraycopy(head.toByteArray(), 0, all, 0, head.size());
        int start = (int) (tailed > tail.length ? tailed % tail.length : 0);
        for (int i = 0; i < kept; i++) {
            all[head.size() + i] = tail[(start + i) % tail.length];
        }
        return all;
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
