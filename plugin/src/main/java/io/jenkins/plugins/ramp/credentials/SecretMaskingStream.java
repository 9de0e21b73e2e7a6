package io.jenkins.plugins.ramp.credentials;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Copies the engine's output to the build's console with every occurrence of the API key replaced by
 * {@code ****}. The engine never prints the key; this is the second line of defence. Output is passed on a line at a
 * time (progress lines end with a newline), and a flush passes on all but the last key-length bytes, so that a key
 * split across two writes is still caught.
 */
public final class SecretMaskingStream extends FilterOutputStream {
    private static final byte[] MASK = "****".getBytes(StandardCharsets.US_ASCII);
    /** Beyond this, a line without a newline is passed on anyway (keeping the tail that may start the key). */
    private static final int MAX_PENDING = 16 * 1024;

    private final byte[] secret;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** A secret shorter than 4 characters is not masked: masking it would garble ordinary text. */
    public SecretMaskingStream(OutputStream out, String secret) {
        super(out);
        this.secret = secret == null || secret.length() < 4 ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        pending.write(b);
        if (b == '\n' || pending.size() > MAX_PENDING) {
            pass(b == '\n' ? 0 : keep());
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        pass(keep());
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        pass(0);
        super.close();
    }

    private int keep() {
        return Math.max(0, secret.length - 1);
    }

    /** Masks what is pending and passes it on, all but the last {@code keep} bytes. */
    private void pass(int keep) throws IOException {
        byte[] masked = mask(pending.toByteArray());
        int cut = Math.max(0, masked.length - keep);
        out.write(masked, 0, cut);
        pending.reset();
        pending.write(masked, cut, masked.length - cut);
    }

    private byte[] mask(byte[] text) {
        if (secret.length == 0) {
            return text;
        }
        ByteArrayOutputStream result = new ByteArrayOutputStream(text.length);
        int i = 0;
        while (i < text.length) {
            if (i + secret.length <= text.length && Arrays.equals(text, i, i + secret.length, secret, 0, secret.length)) {
                result.write(MASK, 0, MASK.length);
                i += secret.length;
            } else {
                result.write(text[i++]);
            }
        }
        return result.toByteArray();
    }
}
