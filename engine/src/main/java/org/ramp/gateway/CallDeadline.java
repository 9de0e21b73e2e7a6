package org.ramp.gateway;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * When one call must be over: the nearest of its own timeout and the end of the stage's and the run's
 * time. At that moment (or when the stage ends or the gateway closes) the call is cut: the request
 * waiting for the endpoint is cancelled and the body being read is closed, so the thread serving the
 * call wakes at once, records the call as cut and tells the agent. A call the endpoint never answers
 * therefore holds nobody beyond its deadline.
 */
final class CallDeadline {
    private final String stage;
    private final long endNanos;
    private final CutReason reason;
    private final CountDownLatch finished = new CountDownLatch(1);
    private ScheduledFuture<?> alarm;
    private Future<?> pending;
    private Closeable body;
    private CutReason cut;

    private CallDeadline(String stage, Duration left, CutReason reason) {
        this.stage = stage;
        this.endNanos = System.nanoTime() + Math.max(0, left.toNanos());
        this.reason = reason;
    }

    /** A deadline {@code left} from now, for the reason that deadline is the nearest; the alarm is set on {@code timer}. */
    static CallDeadline start(String stage, Duration left, CutReason reason, ScheduledExecutorService timer) {
        CallDeadline deadline = new CallDeadline(stage, left, reason);
        synchronized (deadline) {
            deadline.alarm = timer.schedule(() -> deadline.cut(reason), Math.max(0, left.toNanos()),
                    TimeUnit.NANOSECONDS);
        }
        return deadline;
    }

    String stage() {
        return stage;
    }

    /** The time left, never negative. */
    Duration left() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Whichever deadline is the nearest: what cuts the call if nothing else does first. */
    CutReason reason() {
        return reason;
    }

    /** The request now waiting for the endpoint's answer; cancelled when the call is cut. */
    synchronized void watch(Future<?> request) {
        pending = request;
        if (cut != null) {
            request.cancel(true);
        }
    }

    /** The endpoint's body now being read; closed when the call is cut. */
    synchronized void watch(Closeable stream) {
        body = stream;
        if (cut != null) {
            closeQuietly(stream);
        }
    }

    /** Cuts the call now, unless it is cut already; the first reason stays. */
    void cut(CutReason why) {
        Future<?> request;
        Closeable stream;
        synchronized (this) {
            if (cut != null || finished.getCount() == 0) {
                return;
            }
            cut = why;
            request = pending;
            stream = body;
        }
        if (request != null) {
            request.cancel(true);
        }
        closeQuietly(stream);
    }

    /** Why the call was cut, or null while it was not. */
    synchronized CutReason cutReason() {
        return cut;
    }

    /** The call is recorded and answered: the alarm is off. */
    void finished() {
        synchronized (this) {
            if (alarm != null) {
                alarm.cancel(false);
            }
        }
        finished.countDown();
    }

    /** Waits until the call is recorded and answered; false when {@code wait} passed first. */
    boolean awaitFinished(Duration wait) throws InterruptedException {
        return finished.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static void closeQuietly(Closeable stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException | RuntimeException e) {
                // cutting is all that matters
            }
        }
    }
}
