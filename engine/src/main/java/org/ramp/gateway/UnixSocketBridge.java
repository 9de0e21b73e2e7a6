package org.ramp.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets containers without any network reach the gateway: listens on a Unix socket file, which is
 * mounted into the container, and pumps each connection to the gateway's TCP port. The socket is made
 * mode 0777 so that the container's unprivileged user can connect (the folder holding it must be
 * reachable too). Inside the container, {@code relay.py} turns the socket back into a loopback port.
 */
public final class UnixSocketBridge implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final Path socketFile;
    private final InetSocketAddress target;
    private final ServerSocketChannel server;
    private final ExecutorService threads = Executors.newCachedThreadPool(Gateway.daemonThreads("ramp-bridge-"));
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();

    private UnixSocketBridge(Path socketFile, InetSocketAddress target) throws IOException {
        this.socketFile = socketFile;
        this.target = target;
        Files.deleteIfExists(socketFile);
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socketFile));
        Files.setPosixFilePermissions(socketFile, PosixFilePermissions.fromString("rwxrwxrwx"));
        threads.execute(this::accept);
    }

    /** Bridges {@code socketFile} (replaced if it exists) to {@code target}, usually {@link Gateway#address()}. */
    public static UnixSocketBridge start(Path socketFile, InetSocketAddress target) {
        try {
            return new UnixSocketBridge(socketFile, target);
        } catch (IOException e) {
            throw new GatewayException("cannot listen on Unix socket " + socketFile + ": " + e.getMessage(), e);
        }
    }

    public Path socketFile() {
        return socketFile;
    }

    private void accept() {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            threads.execute(() -> connect(client));
        }
    }

    private void connect(SocketChannel client) {
        open.add(client);
        SocketChannel upstream;
        try {
            upstream = SocketChannel.open(target);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        open.add(upstream);
        AtomicInteger ended = new AtomicInteger();
        threads.execute(() -> pump(upstream, client, ended));
        pump(client, upstream, ended);
    }

    /**
     * Copies until {@code from} ends, then half-closes {@code to} (an HTTP client may close its side
     * and still wait for the answer); the second direction to end closes the pair.
     */
    private void pump(SocketChannel from, SocketChannel to, AtomicInteger ended) {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            ended.set(1);
        }
        if (ended.incrementAndGet() >= 2) {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(SocketChannel channel) {
        open.remove(channel);
        try {
            channel.close();
        } catch (IOException e) {
            // already closed
        }
    }

    /** Stops listening, cuts open connections and removes the socket file. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(this::closeQuietly);
        threads.shutdownNow();
        try {
            Files.deleteIfExists(socketFile);
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
