package org.ramp.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.util.Progress;

/**
 * Two builds at once take turns: a second process (a real one, holding a real file lock) makes this
 * one wait, and say so, until it lets go. No wall time is measured: the order of events is.
 */
class BuildLockTest {
    @TempDir
    Path dir;

    /** Runs {@code acquire} in a thread; the latch opens when it says it waits. */
    @SuppressWarnings("try")
    private static Thread contender(Path lockFile, List<String> said, CountDownLatch waiting, AtomicBoolean got) {
        Progress progress = line -> {
            said.add(line);
            waiting.countDown();
        };
        Thread thread = new Thread(() -> {
            try (BuildLock lock = BuildLock.acquire(lockFile, progress)) {
                got.set(true);
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void aSecondProcessWaitsForTheFirst() throws Exception {
        Path lockFile = dir.resolve("cache/image-build.lock");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BuildLockHolder.class.getName(), lockFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("held");

            List<String> said = new CopyOnWriteArrayList<>();
            CountDownLatch waiting = new CountDownLatch(1);
            AtomicBoolean got = new AtomicBoolean();
            Thread second = contender(lockFile, said, waiting, got);
            assertThat(waiting.await(2, TimeUnit.MINUTES)).isTrue();
            assertThat(said).containsExactly("waiting for another `ramp image build` to finish (it holds "
                    + lockFile + ")");
            assertThat(got).isFalse();

            holder.getOutputStream().close(); // the holder lets go and ends
            second.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(got).isTrue();
            assertThat(holder.waitFor()).isZero();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    @SuppressWarnings("try")
    void threadsOfOneProcessTakeTurnsToo() throws Exception {
        Path lockFile = dir.resolve("image-build.lock");
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean got = new AtomicBoolean();
        Thread second;
        try (BuildLock first = BuildLock.acquire(lockFile, Progress.SILENT)) {
            second = contender(lockFile, said, waiting, got);
            assertThat(waiting.await(2, TimeUnit.MINUTES)).isTrue();
            assertThat(got).isFalse();
        }
        second.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(got).isTrue();
        assertThat(said).containsExactly("waiting for another image build in this process");
        // and the lock can be taken again afterwards
        try (BuildLock again = BuildLock.acquire(lockFile, Progress.SILENT)) {
            assertThat(again).isNotNull();
        }
    }
}
