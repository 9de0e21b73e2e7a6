package org.ramp.run;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.ramp.sandbox.DockerEngine;

/**
 * What Ctrl-C or SIGTERM does to a run while one of its steps is under way (between steps, and at a normal
 * exit, nothing): the run is marked interrupted, which also keeps the step from recording anything more;
 * then no container may be created any more, and every container of the run is removed (through a
 * connection of its own, since the step's may be closing).
 */
final class Interruption implements AutoCloseable {
    /** Marks the run interrupted in its run.json. */
    @FunctionalInterface
    interface Mark {
        void run() throws IOException;
    }

    /** A step under way; closing it ends the step. */
    interface Step extends AutoCloseable {
        @Override
        void close();
    }

    private static final Duration CREATIONS_GRACE = Duration.ofSeconds(3);

    private final String runId;
    private final java.nio.file.Path runDir;
    private final DockerEngine docker;
    private final Mark mark;
    private final Thread hook;
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean begun;

    Interruption(String runId, java.nio.file.Path runDir, DockerEngine docker, Mark mark) {
        this.runId = runId;
        this.runDir = runDir;
        this.docker = docker;
        this.mark = mark;
        this.hook = new Thread(this::stop, "ramp-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Step begin() {
        if (begun) {
            throw new RunInterruptedException("run " + runId + " is being interrupted");
        }
        busy.incrementAndGet();
        return busy::decrementAndGet;
    }

    private void stop() {
        if (busy.get() == 0) {
            return;
        }
        begun = true;
        // first the mark, which also stops the step from recording what it is still finishing
        String marked = "";
        try {
            mark.run();
        } catch (IOException | RuntimeException e) {
            marked = "; could not mark it interrupted in run.json: " + e.getMessage();
        }
        int removed = 0;
        if (docker != null) {
            docker.refuseNewContainers();
            removed = removeContainers();
            // a container whose creation was under way when the refusal began removes itself; wait for it
            docker.awaitCreations(CREATIONS_GRACE);
            removed += removeContainers();
        }
        System.err.println("ramp: run " + runId + " interrupted; " + removed + " containers removed" + marked
                + "; the stage under way left no result and runs again when the run goes on: ramp run --resume "
                + runDir + " (or ramp stage --run-dir " + runDir + ")");
    }

    private int removeContainers() {
        try (DockerEngine own = DockerEngine.connect()) {
            return own.removeRun(runId);
        } catch (RuntimeException e) {
            try {
                // no second connection: the step's own
                return docker.removeRun(runId);
            } catch (RuntimeException again) {
                System.err.println("ramp: could not remove the containers of run " + runId + ": " + again.getMessage());
                return 0;
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is shutting down: the hook runs, or ran
        }
    }
}
