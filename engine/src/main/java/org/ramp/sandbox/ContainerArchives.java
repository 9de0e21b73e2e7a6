package org.ramp.sandbox;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.ramp.archive.TarPlan;

/**
 * Files into and out of a container by the container runtime's archive copy, instead of bind mounts:
 * nothing of the host's file system is shared with the container, and its mount table shows no host
 * path. What comes out is a tar stream for {@link org.ramp.archive.TarExtractor}, never files the host
 * opens in place.
 */
public final class ContainerArchives {
    /** A plan of at most this many bytes is written into memory first; a bigger one is streamed. */
    private static final long IN_MEMORY_BYTES = 64L << 20;

    private ContainerArchives() {
    }

    /**
     * Copies a tar stream into a container that is created but not started, extracted at the root of its
     * file system. A large tree is streamed while it is sent, never held in memory.
     */
    public static void copyIn(DockerEngine docker, String id, TarPlan plan) {
        copyIn(docker, id, plan, "/");
    }

    /**
     * As {@link #copyIn(DockerEngine, String, TarPlan)}, extracted at {@code remotePath}: in a container
     * whose root file system is read-only, a volume's path is the only place the copy may go.
     */
    public static void copyIn(DockerEngine docker, String id, TarPlan plan, String remotePath) {
        if (plan.bytes() <= IN_MEMORY_BYTES) {
            // small enough to write at once: no writer thread to hand over to
            java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream((int) plan.bytes() + (1 << 20));
            try {
                plan.writeTo(tar);
            } catch (IOException e) {
                throw new SandboxException("cannot copy files into container " + DockerEngine.shortId(id) + ": "
                        + e.getMessage(), e);
            }
            send(docker, id, new java.io.ByteArrayInputStream(tar.toByteArray()), remotePath, null);
            return;
        }
        PipedInputStream in = new PipedInputStream(1 << 20);
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread writer;
        try {
            PipedOutputStream out = new PipedOutputStream(in);
            writer = new Thread(() -> {
                try (out) {
                    plan.writeTo(out);
                } catch (Exception e) {
                    failure.set(e);
                }
            }, "ramp-tar-writer");
        } catch (IOException e) {
            throw new SandboxException("cannot prepare the copy into container " + DockerEngine.shortId(id) + ": "
                    + e.getMessage(), e);
        }
        writer.setDaemon(true);
        writer.start();
        send(docker, id, in, remotePath, failure);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while copying into container " + DockerEngine.shortId(id), e);
        }
        if (failure.get() != null) {
            throw new SandboxException("cannot copy files into container " + DockerEngine.shortId(id) + ": "
                    + DockerEngine.rootMessage(failure.get()), failure.get());
        }
    }

    private static void send(DockerEngine docker, String id, InputStream tar, String remotePath,
            AtomicReference<Exception> failure) {
        try (tar) {
            docker.client().copyArchiveToContainerCmd(id).withTarInputStream(tar).withRemotePath(remotePath).exec();
        } catch (IOException | RuntimeException e) {
            Exception cause = failure != null && failure.get() != null ? failure.get() : e;
            throw new SandboxException("cannot copy files into container " + DockerEngine.shortId(id) + ": "
                    + DockerEngine.rootMessage(cause), e);
        }
    }

    /** A tar stream of a container path (the container may have stopped); the caller closes it. */
    public static InputStream copyOut(DockerEngine docker, String id, String path) {
        try {
            return docker.client().copyArchiveFromContainerCmd(id, path).exec();
        } catch (NotFoundException e) {
            throw new SandboxException("container " + DockerEngine.shortId(id) + " has no " + path, e);
        } catch (RuntimeException e) {
            throw new SandboxException("cannot copy " + path + " out of container " + DockerEngine.shortId(id) + ": "
                    + DockerEngine.rootMessage(e), e);
        }
    }

}
