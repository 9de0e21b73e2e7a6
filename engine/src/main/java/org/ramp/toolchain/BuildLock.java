package org.ramp.toolchain;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Semaphore;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Progress;

/**
 * One image build at a time on this machine for this user: a lock on a file in the user's cache, so
 * that two `ramp image build` (two Jenkins branches) do not build the same image twice; the second
 * waits, then finds the image the first built. The operating system releases the lock when the
 * process dies, so a killed build never leaves it held. Threads of one process queue on a lock of
 * their own first, since a file lock is held by the whole process.
 */
public final class BuildLock implements AutoCloseable {
    private static final Semaphore IN_PROCESS = new Semaphore(1);

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, saying so when another build holds it and this one has to wait. */
    public static BuildLock acquire(Path file, Progress progress) {
        if (!IN_PROCESS.tryAcquire()) {
            progress.line("waiting for another image build in this process");
            IN_PROCESS.acquireUninterruptibly();
        }
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    progress.line("waiting for another `ramp image build` to finish (it holds " + file + ")");
                    lock = channel.lock();
                }
                return new BuildLock(channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            IN_PROCESS.release();
            throw new SandboxException("cannot take the image build lock " + file + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage()
                    + "; make the folder writable, or point XDG_CACHE_HOME elsewhere", e);
        } catch (RuntimeException e) {
            IN_PROCESS.release();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            IN_PROCESS.release();
        }
    }
}
