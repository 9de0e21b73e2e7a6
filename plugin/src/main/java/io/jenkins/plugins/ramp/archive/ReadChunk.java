package io.jenkins.plugins.ramp.archive;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the node: at most {@link RunFiles#CHUNK} bytes of a kept file of a run folder, from an offset. The file is
 * opened without following a link (O_NOFOLLOW) and must be one {@link RunFiles#kept} names; each call checks again,
 * so a file swapped for a link between the listing and the copy is refused, not followed.
 */
public final class ReadChunk extends MasterToSlaveFileCallable<byte[]> {
    private static final long serialVersionUID = 1L;
    private final String relative;
    private final long offset;
    private final int length;

    public ReadChunk(String relative, long offset, int length) {
        if (!RunFiles.kept(relative)) {
            throw new IllegalArgumentException(relative + " is not a file a build keeps");
        }
        this.relative = relative;
        this.offset = offset;
        this.length = Math.min(length, RunFiles.CHUNK);
    }

    @Override
    public byte[] invoke(File runDir, VirtualChannel channel) throws IOException {
        Path root = runDir.toPath();
        Folders.checkRealFolder(root.getParent(), "the RAMP runs folder");
        Folders.checkRealFolder(root, "the run folder");
        Path file = root.resolve(relative);
        Folders.checkNoLinkBelow(root, file);
        try (SeekableByteChannel in = Files.newByteChannel(file,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file; not read");
            }
            in.position(offset);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && in.read(buffer) > 0) {
                // read until the chunk is full or the file ends
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }
}
