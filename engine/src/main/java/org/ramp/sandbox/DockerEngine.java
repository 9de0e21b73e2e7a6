package org.ramp.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The engine's one door to Docker: connects, inspects images, and runs containers that are always
 * removed afterwards, whatever happens to them.
 */
public final class DockerEngine implements AutoCloseable {
    /** Every container the engine creates carries this label, so leftovers can be found and counted. */
    public static final String LABEL = "io.ramp.engine";
    /** Containers of an assessment run also carry the run's id, so that all of them can be removed at once. */
    public static final String RUN_LABEL = "io.ramp.run";

    private static final java.util.concurrent.ExecutorService REMOVER = java.util.concurrent.Executors
            .newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "ramp-container-removal");
                thread.setDaemon(true);
                return thread;
            });

    private final List<java.util.concurrent.Future<?>> removals = new java.util.ArrayList<>();
    private final DockerClient client;
    private final DockerHttpClient http;
    private final String host;
    /** Set once an interruption has begun: no container may be created any more. */
    private volatile boolean refusing;
    private final java.util.concurrent.atomic.AtomicInteger creating = new java.util.concurrent.atomic.AtomicInteger();

    private DockerEngine(DockerClient client, DockerHttpClient http, String host) {
        this.client = client;
        this.http = http;
        this.host = host;
    }

    /** Connects to the engine named by DOCKER_HOST (default: the local socket) and checks it answers. */
    public static DockerEngine connect() {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(10))
                .build();
        DockerClient client = DockerClientImpl.getInstance(config, http);
        String host = config.getDockerHost().toString();
        try {
            client.pingCmd().exec();
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new SandboxException("the Docker engine at " + host + " does not answer (" + rootMessage(e)
                    + "); start it (as root: dockerd &, or run ./ramp, which starts it) or set DOCKER_HOST", e);
        }
        return new DockerEngine(client, http, host);
    }

    /**
     * {@code docker import}: an image from a root file system tar. docker-java's own import command
     * sends the stream as JSON (docker-java issue 2377), so the request is made on the HTTP client.
     */
    public void importImage(InputStream tar, String repository, String tag) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path("/images/create?fromSrc=-&repo=" + URLEncoder.encode(repository, StandardCharsets.UTF_8)
                        + "&tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8))
                .putHeader("Content-Type", "application/x-tar")
                .body(tar)
                .build();
        try (DockerHttpClient.Response response = http.execute(request)) {
            String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            if (response.getStatusCode() != 200 || body.contains("\"error\"")) {
                throw new SandboxException("docker import of " + repository + ":" + tag + " failed (HTTP "
                        + response.getStatusCode() + "): " + body.strip());
            }
        } catch (IOException e) {
            throw new SandboxException("docker import of " + repository + ":" + tag + " failed: " + e.getMessage(), e);
        }
    }

    public DockerClient client() {
        return client;
    }

    public String host() {
        return host;
    }

    public Optional<InspectImageResponse> image(String tag) {
        try {
            return Optional.of(client.inspectImageCmd(tag).exec());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Containers carrying the engine's label with this value (any state). */
    public List<Container> labelledContainers(String value) {
        return containersLabelled(LABEL, value);
    }

    /** Containers carrying this label and value (any state). */
    public List<Container> containersLabelled(String label, String value) {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(label, value)).exec();
    }

    /** Kills and removes every container of a run: what an interrupted run leaves behind. Returns how many. */
    public int removeRun(String runId) {
        List<Container> containers = containersLabelled(RUN_LABEL, runId);
        containers.forEach(container -> remove(container.getId()));
        return containers.size();
    }

    /**
     * Creates and starts a long-lived container (the agent's), whose caller must {@link #remove} it.
     * The spec's timeout is not applied here: the caller bounds what it runs inside.
     */
    public String start(ContainerSpec spec) {
        String id = create(spec);
        try {
            client.startContainerCmd(id).exec();
            return id;
        } catch (RuntimeException e) {
            remove(id);
            throw new SandboxException("cannot start a container from " + spec.image() + ": " + rootMessage(e), e);
        }
    }

    public boolean isRunning(String id) {
        try {
            Boolean running = client.inspectContainerCmd(id).exec().getState().getRunning();
            return Boolean.TRUE.equals(running);
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Creates, starts and waits for a container, then removes it. A container that outlives its timeout
     * is killed; an interrupted wait kills it too. The container is removed in every case.
     */
    public ContainerOutcome run(ContainerSpec spec) {
        return run(spec, new Exchange() {
        });
    }

    /**
     * What a caller does around a container's life: files copied in before it starts, its log lines as
     * it runs, files copied out after it stopped (also when it was killed at its timeout).
     */
    public interface Exchange {
        default void beforeStart(String id) {
        }

        /** Whether {@link #logLine} wants the container's output as it comes. */
        default boolean followsLog() {
            return false;
        }

        default void logLine(String line) {
        }

        default void afterStop(String id) {
        }

        /**
         * Whether the stopped container may be removed in the background (it holds a grading copy, whose
         * deletion need not hold up the caller); {@link #awaitRemovals()} waits for every such removal.
         */
        default boolean removeInBackground() {
            return false;
        }
    }

    /** As {@link #run(ContainerSpec)}, with an {@link Exchange} around the container's life. */
    public ContainerOutcome run(ContainerSpec spec, Exchange exchange) {
        long started = System.nanoTime();
        String id = create(spec);
        try {
            exchange.beforeStart(id);
            client.startContainerCmd(id).exec();
            ResultCallback.Adapter<Frame> follower = exchange.followsLog() ? follow(id, exchange) : null;
            int exitCode = await(id, spec.timeout());
            if (follower != null) {
                awaitQuietly(follower);
            }
            String log = logTail(id, 40);
            exchange.afterStop(id);
            return new ContainerOutcome(exitCode, exitCode == TIMED_OUT, log, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                kill(id);
            }
            throw e instanceof SandboxException ? e : new SandboxException("container " + shortId(id)
                    + " from " + spec.image() + " failed: " + rootMessage(e), e);
        } finally {
            if (exchange.removeInBackground()) {
                removeLater(id);
            } else {
                remove(id);
            }
        }
    }

    /** Removes a container off the caller's path (it has stopped, or is killed first). */
    public void removeLater(String id) {
        synchronized (removals) {
            removals.add(REMOVER.submit(() -> remove(id)));
        }
    }

    /** Waits until every removal started by {@link #removeLater} is done. */
    public void awaitRemovals() {
        List<java.util.concurrent.Future<?>> pending;
        synchronized (removals) {
            pending = new java.util.ArrayList<>(removals);
            removals.clear();
        }
        for (java.util.concurrent.Future<?> removal : pending) {
            try {
                removal.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // remove() reports its own failures
            }
        }
    }

    private ResultCallback.Adapter<Frame> follow(String id, Exchange exchange) {
        StringBuilder partial = new StringBuilder();
        return client.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true)
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        partial.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        int end;
                        while ((end = partial.indexOf("\n")) >= 0) {
                            exchange.logLine(partial.substring(0, end));
                            partial.delete(0, end + 1);
                        }
                    }
                });
    }

    private static void awaitQuietly(ResultCallback.Adapter<Frame> callback) {
        try {
            callback.awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(callback);
        }
    }

    /** From now on, every attempt to create a container fails: the run is being interrupted. */
    public void refuseNewContainers() {
        refusing = true;
    }

    /** Waits, at most {@code limit}, until no creation is under way. */
    public void awaitCreations(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (creating.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What {@link #await} returns for a container killed because it outlived its time. */
    public static final int TIMED_OUT = -1;

    /** Waits for a started container to exit and returns its status; one still running after {@code timeout} is killed. */
    public int await(String id, Duration timeout) {
        WaitContainerResultCallback wait = client.waitContainerCmd(id).exec(new WaitContainerResultCallback());
        try {
            return wait.awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (DockerClientException e) {
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)
                    && !String.valueOf(e.getMessage()).contains("Awaiting status code timeout")) {
                throw e;
            }
            kill(id);
            return TIMED_OUT;
        } finally {
            closeQuietly(wait);
        }
    }

    /**
     * {@code docker export}: a container's whole file system as a tar stream, read straight from the
     * engine; closing the stream ends the request.
     */
    public InputStream export(String id) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/containers/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/export")
                .build();
        DockerHttpClient.Response response = http.execute(request);
        try {
            if (response.getStatusCode() != 200) {
                String body = new String(response.getBody().readNBytes(4096), StandardCharsets.UTF_8);
                response.close();
                throw new SandboxException("docker export of container " + shortId(id) + " failed (HTTP "
                        + response.getStatusCode() + "): " + body.strip());
            }
            return new java.io.FilterInputStream(response.getBody()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        response.close();
                    }
                }
            };
        } catch (IOException e) {
            closeQuietly(response);
            throw new SandboxException("docker export of container " + shortId(id) + " failed: " + e.getMessage(), e);
        }
    }

    /** Removes an image by tag, when it exists: only ever an image the engine made itself. */
    public void removeImage(String tag) {
        try {
            client.removeImageCmd(tag).exec();
        } catch (NotFoundException ignored) {
            // gone already
        } catch (RuntimeException e) {
            System.err.println("ramp: warning: could not remove image " + tag + ": " + rootMessage(e));
        }
    }

    private String create(ContainerSpec spec) {
        creating.incrementAndGet();
        try {
            if (refusing) {
                throw new SandboxException("the run is being interrupted: no container is created");
            }
            String id = createContainer(spec);
            if (refusing) {
                // the refusal began while this one was being made: it must not outlive the interruption
                remove(id);
                throw new SandboxException("the run is being interrupted: no container is created");
            }
            return id;
        } finally {
            creating.decrementAndGet();
        }
    }

    private String createContainer(ContainerSpec spec) {
        ContainerSpec.Hardening hardening = spec.hardening();
        HostConfig host = HostConfig.newHostConfig()
                .withBinds(spec.mounts().stream().filter(m -> !m.isMemoryVolume())
                        .map(m -> new Bind(m.host().toAbsolutePath().toString(), new Volume(m.container()),
                                m.readOnly() ? AccessMode.ro : AccessMode.rw))
                        .toList())
                .withMounts(spec.mounts().stream().filter(Mount::isMemoryVolume).map(DockerEngine::memoryVolume)
                        .toList())
                .withMemory(spec.memoryBytes())
                .withMemorySwap(spec.memoryBytes())
                .withNanoCPUs((long) (spec.cpus() * 1_000_000_000L))
                .withPidsLimit(spec.pidsLimit())
                .withNetworkMode(spec.network())
                .withInit(true);
        if (hardening.noNewPrivileges()) {
            host.withSecurityOpts(List.of("no-new-privileges"));
        }
        if (hardening.capabilities() != null) {
            host.withCapDrop(Capability.ALL).withCapAdd(hardening.capabilities().stream()
                    .map(Capability::valueOf).toArray(Capability[]::new));
        }
        if (!hardening.tmpfs().isEmpty()) {
            host.withTmpFs(hardening.tmpfs());
        }
        if (hardening.readOnlyRoot()) {
            host.withReadonlyRootfs(true);
        }
        CreateContainerCmd create = client.createContainerCmd(spec.image())
                .withCmd(spec.command())
                .withUser(spec.user())
                .withLabels(spec.labels())
                .withNetworkDisabled("none".equals(spec.network()))
                .withHostConfig(host);
        try {
            return create.exec().getId();
        } catch (NotFoundException e) {
            throw new SandboxException("image " + spec.image() + " not found; build it with: ramp image build", e);
        } catch (RuntimeException e) {
            throw new SandboxException("cannot create a container from " + spec.image() + ": " + rootMessage(e), e);
        }
    }

    /**
     * An anonymous volume of the local driver on a tmpfs: removed with its container, and (unlike a plain
     * tmpfs mount) reached by the archive copy while the container runs.
     */
    private static com.github.dockerjava.api.model.Mount memoryVolume(Mount mount) {
        return new com.github.dockerjava.api.model.Mount()
                .withType(com.github.dockerjava.api.model.MountType.VOLUME)
                .withTarget(mount.container())
                .withVolumeOptions(new com.github.dockerjava.api.model.VolumeOptions()
                        .withDriverConfig(new com.github.dockerjava.api.model.Driver().withName("local")
                                .withOptions(Map.of("type", "tmpfs", "device", "tmpfs", "o", mount.memoryOptions()))));
    }

    /** The last lines a container printed (stdout and stderr). */
    public String logTail(String id, int lines) {
        Deque<String> tail = new ArrayDeque<>();
        try {
            client.logContainerCmd(id).withStdOut(true).withStdErr(true).withTail(lines)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            tail.add(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        }
                    }).awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            return "(no log: " + rootMessage(e) + ")";
        }
        return String.join("", tail);
    }

    public void kill(String id) {
        try {
            client.killContainerCmd(id).exec();
        } catch (RuntimeException ignored) {
            // already stopped
        }
    }

    public void remove(String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException ignored) {
            // gone already
        } catch (RuntimeException e) {
            System.err.println("ramp: warning: could not remove container " + shortId(id) + ": " + rootMessage(e));
        }
    }

    /** Closes the connection once every background removal is done, so that no container is left. */
    @Override
    public void close() {
        awaitRemovals();
        closeQuietly(client);
    }

    /** The first 12 hex digits of a container or image id, as docker prints them. */
    public static String shortId(String id) {
        String plain = id.startsWith("sha256:") ? id.substring(7) : id;
        return plain.length() > 12 ? plain.substring(0, 12) : plain;
    }

    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing left to do
        } catch (Exception ignored) {
            // idem
        }
    }
}
