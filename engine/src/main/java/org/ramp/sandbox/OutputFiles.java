package org.ramp.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Bounded reads of files that steps filled: the head of a result, the tail of a log. Links are not followed. */
final class OutputFiles {
    private OutputFiles() {
    }

    static byte[] head(Path file, long limit) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        }
    }

    /** The last {@code limit} bytes of a file, which may be large. */
    static byte[] tail(Path file, int limit) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            channel.position(Math.max(0, size - limit));
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(limit, size));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read the tail
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }
}
