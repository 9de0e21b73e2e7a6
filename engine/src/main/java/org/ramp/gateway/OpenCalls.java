package org.ramp.gateway;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The calls in flight, each with its {@link CallDeadline}, on one timer thread; and the gateway
 * session's name, which makes call ids unique across the processes that serve one run.
 */
final class OpenCalls implements AutoCloseable {
    private final String session = newSession();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Gateway.daemonThreads("ramp-gateway-deadlines-"));
    private final Set<CallDeadline> open = ConcurrentHashMap.newKeySet();

    /** The id of the session's call number {@code sequence}: "SESSION-SEQUENCE". */
    String id(long sequence) {
        return session + "-" + sequence;
    }

    CallDeadline open(String stage, Duration left, CutReason nearest) {
        CallDeadline deadline = CallDeadline.start(stage, left, nearest, timer);
        open.add(deadline);
        return deadline;
    }

    /** The call is recorded and answered. */
    void finished(CallDeadline deadline) {
        deadline.finished();
        open.remove(deadline);
    }

    /**
     * Cuts every open call of {@code stage} (every call when null) and waits, at most {@code wait},
     * until they are recorded; the number of calls cut.
     */
    int cut(String stage, CutReason reason, Duration wait) throws InterruptedException {
        List<CallDeadline> cut = new ArrayList<>();
        for (CallDeadline deadline : open) {
            if (stage == null || deadline.stage().equals(stage)) {
                deadline.cut(reason);
                cut.add(deadline);
            }
        }
        long end = System.nanoTime() + wait.toNanos();
        for (CallDeadline deadline : cut) {
            deadline.awaitFinished(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        }
        return cut.size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static String newSession() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
